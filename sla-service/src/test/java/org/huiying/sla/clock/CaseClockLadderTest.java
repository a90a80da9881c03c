package org.huiying.sla.clock;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.huiying.contracts.intake.Severity;
import org.huiying.contracts.sla.DeadlineKind;
import org.huiying.contracts.sla.EscalationStep;
import org.huiying.sla.policy.PolicyPresets;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.huiying.sla.calendar.CalendarFixture.at;
import static org.huiying.sla.clock.CaseClockFixture.CASE;
import static org.huiying.sla.clock.CaseClockFixture.DIPU;
import static org.huiying.sla.clock.CaseClockFixture.JIAOTONG;
import static org.huiying.sla.clock.CaseClockFixture.POSTED;
import static org.huiying.sla.clock.CaseClockFixture.assigned;
import static org.huiying.sla.clock.CaseClockFixture.charged;
import static org.huiying.sla.clock.CaseClockFixture.initial;
import static org.huiying.sla.clock.CaseClockFixture.started;

class CaseClockLadderTest {

    private static final Instant RESPONSE_DUE = at("2026-03-03T09:15");
    private static final Instant RESPONSE_WARNING = at("2026-03-03T03:15"); // 18 of 24 hours
    private static final Instant ANSWER_DUE = at("2026-03-05T17:30");
    private static final Instant LEADERSHIP_DUE = at("2026-03-10T17:30"); // 3 working days after the answer deadline

    private final DeadlinePlanner anji = CaseClockFixture.planner(PolicyPresets.anji());
    private final AggregateTestFixture<CaseClock> fixture = CaseClockFixture.fixture(anji);
    private final Instant answerWarning = initial(anji).answerWarningAt();

    @Test
    void shouldWarnTheUnitWhen75PercentOfTheResponseWindowHasRun() {
        Instant now = at("2026-03-03T03:16");
        fixture.given(started(anji), assigned(), charged(anji))
                .when(new SweepCaseClockCommand(CASE, now))
                .expectEvents(escalated(EscalationStep.WARNING, DeadlineKind.RESPONSE, 0, "anji.response-warning",
                        RESPONSE_WARNING, now, DIPU))
                .expectResultMessagePayload(new SweepOutcome(List.of(EscalationStep.WARNING), RESPONSE_DUE));
    }

    @Test
    void shouldFireNothingWhenNoStepIsDueYet() {
        fixture.given(started(anji), assigned(), charged(anji))
                .when(new SweepCaseClockCommand(CASE, at("2026-03-02T10:00")))
                .expectNoEvents()
                .expectResultMessagePayload(new SweepOutcome(List.of(), RESPONSE_WARNING));
    }

    @Test
    void shouldRecordTheMissedResponseAndUrgeWhenTheResponseDeadlinePasses() {
        Instant now = at("2026-03-03T09:16");
        fixture.given(started(anji), assigned(), charged(anji), escalated(EscalationStep.WARNING,
                        DeadlineKind.RESPONSE, 0, "anji.response-warning", RESPONSE_WARNING, RESPONSE_WARNING, DIPU))
                .when(new SweepCaseClockCommand(CASE, now))
                .expectEvents(new DeadlineMissedEvent(CASE, DIPU, DeadlineKind.RESPONSE, 0, RESPONSE_DUE, now),
                        escalated(EscalationStep.URGE, DeadlineKind.RESPONSE, 0, "anji.response-overdue",
                                RESPONSE_DUE, now, DIPU));
    }

    @Test
    void shouldNotUrgeWhenTheUnitRespondedInTime() {
        fixture.given(started(anji), assigned(), charged(anji), new ResponseGivenEvent(CASE, DIPU, POSTED),
                        new DeadlineMetEvent(CASE, DIPU, DeadlineKind.RESPONSE, 0, RESPONSE_DUE, POSTED))
                .when(new SweepCaseClockCommand(CASE, at("2026-03-03T09:16")))
                .expectNoEvents();
    }

    @Test
    void shouldCatchUpTheWholeLadderInOrderWithTheOriginalDueTimesAfterDowntime() {
        Instant now = at("2026-03-11T08:00");
        fixture.given(started(anji), assigned(), charged(anji))
                .when(new SweepCaseClockCommand(CASE, now))
                .expectEvents(
                        escalated(EscalationStep.WARNING, DeadlineKind.RESPONSE, 0, "anji.response-warning",
                                RESPONSE_WARNING, now, DIPU),
                        new DeadlineMissedEvent(CASE, DIPU, DeadlineKind.RESPONSE, 0, RESPONSE_DUE, now),
                        escalated(EscalationStep.URGE, DeadlineKind.RESPONSE, 0, "anji.response-overdue",
                                RESPONSE_DUE, now, DIPU),
                        escalated(EscalationStep.WARNING, DeadlineKind.ANSWER, 0, "anji.answer-warning",
                                answerWarning, now, DIPU),
                        new DeadlineMissedEvent(CASE, DIPU, DeadlineKind.ANSWER, 0, ANSWER_DUE, now),
                        escalated(EscalationStep.SUPERVISE, DeadlineKind.ANSWER, 0, "anji.answer-overdue",
                                ANSWER_DUE, now, DIPU),
                        escalated(EscalationStep.PUBLIC_NOTICE, DeadlineKind.ANSWER, 0, "anji.no-answer-no-extension",
                                ANSWER_DUE, now, DIPU),
                        escalated(EscalationStep.LEADERSHIP, DeadlineKind.ANSWER, 0, "anji.still-open",
                                LEADERSHIP_DUE, now, DIPU),
                        progressDue(0, at("2026-03-06T17:30"), "answer deadline passed", now),
                        progressMissed(0, at("2026-03-06T17:30"), now),
                        progressDue(0, at("2026-03-09T17:30"), "progress update missed", now),
                        progressMissed(0, at("2026-03-09T17:30"), now),
                        progressDue(0, at("2026-03-10T17:30"), "progress update missed", now),
                        progressMissed(0, at("2026-03-10T17:30"), now),
                        progressDue(0, at("2026-03-11T17:30"), "progress update missed", now));
    }

    @Test
    void shouldFireEachStepOnlyOnceWhenSweptAgain() {
        Instant now = at("2026-03-11T08:00");
        fixture.givenCommands(new ChargeUnitCommand(CASE, DIPU, CaseClockFixture.ASSIGNED, "assigned"),
                        new StartCaseClockCommand(CASE, POSTED, POSTED), new SweepCaseClockCommand(CASE, now))
                .when(new SweepCaseClockCommand(CASE, now.plusSeconds(3600)))
                .expectNoEvents()
                .expectResultMessagePayload(new SweepOutcome(List.of(), at("2026-03-11T17:30")));
    }

    @Test
    void shouldSuperviseAtTheExtendedDeadlineButNotPubliclyNotifyWhenTheUnitObtainedAnExtension() {
        Instant extendedTo = at("2026-03-10T17:30");
        Deadlines extended = anji.extended(initial(anji), extendedTo);
        Instant now = at("2026-03-10T17:31");
        fixture.given(started(anji), assigned(), charged(anji), new ResponseGivenEvent(CASE, DIPU, POSTED),
                        new ExtensionGrantedEvent(CASE, DIPU, "说明", ANSWER_DUE, extendedTo, at("2026-03-04T10:00")),
                        new DeadlinesSetEvent(CASE, DIPU, POSTED, null, extended, "extension granted",
                                at("2026-03-04T10:00")),
                        escalated(EscalationStep.WARNING, DeadlineKind.ANSWER, 0, "anji.answer-warning",
                                extended.answerWarningAt(), extended.answerWarningAt(), DIPU))
                .when(new SweepCaseClockCommand(CASE, now))
                .expectEvents(new DeadlineMissedEvent(CASE, DIPU, DeadlineKind.ANSWER, 0, extendedTo, now),
                        escalated(EscalationStep.SUPERVISE, DeadlineKind.ANSWER, 0, "anji.answer-overdue",
                                extendedTo, now, DIPU),
                        progressDue(0, at("2026-03-11T17:30"), "answer deadline passed", now));
    }

    @Test
    void shouldClearTheRestOfTheLadderWhenTheAnswerArrivesAfterSupervision() {
        Instant answered = at("2026-03-06T10:00");
        fixture.given(started(anji), assigned(), charged(anji), new ResponseGivenEvent(CASE, DIPU, POSTED),
                        new AnswerGivenEvent(CASE, DIPU, 0, answered))
                .when(new SweepCaseClockCommand(CASE, at("2026-03-11T08:00")))
                .expectNoEvents()
                .expectResultMessagePayload(new SweepOutcome(List.of(), null));
    }

    @Test
    void shouldChargeTheUrgeToTheUnitThatHeldTheCaseWhenTheResponseDeadlinePassed() {
        Instant now = at("2026-03-03T12:00");
        fixture.given(started(anji), assigned(), charged(anji),
                        new UnitChargedEvent(CASE, JIAOTONG, at("2026-03-03T10:00"), "transferred"),
                        escalated(EscalationStep.WARNING, DeadlineKind.RESPONSE, 0, "anji.response-warning",
                                RESPONSE_WARNING, RESPONSE_WARNING, DIPU))
                .when(new SweepCaseClockCommand(CASE, now))
                .expectEvents(new DeadlineMissedEvent(CASE, DIPU, DeadlineKind.RESPONSE, 0, RESPONSE_DUE, now),
                        escalated(EscalationStep.URGE, DeadlineKind.RESPONSE, 0, "anji.response-overdue",
                                RESPONSE_DUE, now, DIPU));
    }

    @Test
    void shouldSuperviseTheNewAnswerClockAgainWhenAReopenedCaseIsLateAgain() {
        Instant reopened = at("2026-03-06T10:00");
        Deadlines again = anji.reopened(initial(anji), reopened, null);
        Instant now = at("2026-03-11T17:31");
        fixture.given(started(anji), assigned(), charged(anji), new ResponseGivenEvent(CASE, DIPU, POSTED),
                        new AnswerGivenEvent(CASE, DIPU, 0, at("2026-03-04T10:00")),
                        new DeadlinesSetEvent(CASE, DIPU, POSTED, null, again, "reopened", reopened),
                        escalated(EscalationStep.WARNING, DeadlineKind.ANSWER, 1, "anji.answer-warning",
                                again.answerWarningAt(), again.answerWarningAt(), DIPU))
                .when(new SweepCaseClockCommand(CASE, now))
                .expectEvents(new DeadlineMissedEvent(CASE, DIPU, DeadlineKind.ANSWER, 1, again.answerDueAt(), now),
                        escalated(EscalationStep.SUPERVISE, DeadlineKind.ANSWER, 1, "anji.answer-overdue",
                                again.answerDueAt(), now, DIPU),
                        escalated(EscalationStep.PUBLIC_NOTICE, DeadlineKind.ANSWER, 1, "anji.no-answer-no-extension",
                                again.answerDueAt(), now, DIPU),
                        progressDue(1, at("2026-03-12T17:30"), "answer deadline passed", now));
    }

    @Test
    void shouldReportTheSensitiveIncidentOverdueWhenACriticalMunicipalCaseIsNotReportedWithin2Hours() {
        DeadlinePlanner municipal = CaseClockFixture.planner(PolicyPresets.municipal());
        Instant classified = at("2026-03-02T09:30");
        Deadlines critical = municipal.reclassified(initial(municipal), Severity.CRITICAL, classified, false);
        Instant now = at("2026-03-02T11:31");
        CaseClockFixture.fixture(municipal)
                .given(started(municipal), assigned(), new SeverityChangedEvent(CASE, Severity.CRITICAL, classified),
                        new DeadlinesSetEvent(CASE, DIPU, POSTED, Severity.CRITICAL, critical, "severity changed",
                                classified),
                        escalated(EscalationStep.WARNING, DeadlineKind.RESPONSE, 0, "municipal.response-warning",
                                critical.responseWarningAt(), critical.responseWarningAt(), DIPU))
                .when(new SweepCaseClockCommand(CASE, now))
                .expectEvents(escalated(EscalationStep.SENSITIVE_REPORT_OVERDUE, DeadlineKind.RESPONSE, 0,
                        "municipal.sensitive-report-overdue", at("2026-03-02T11:30"), now, DIPU));
    }

    static ProgressUpdateDueEvent progressDue(int round, Instant dueAt, String reason, Instant at) {
        return new ProgressUpdateDueEvent(CASE, round, dueAt, reason, at);
    }

    static DeadlineMissedEvent progressMissed(int round, Instant dueAt, Instant at) {
        return new DeadlineMissedEvent(CASE, DIPU, DeadlineKind.PROGRESS, round, dueAt, at);
    }

    static CaseEscalatedEvent escalated(EscalationStep step, DeadlineKind deadline, int round, String rule,
                                                Instant dueAt, Instant at, String unit) {
        return new CaseEscalatedEvent(CASE, unit, step, deadline, round, rule, dueAt, at);
    }
}
