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
                        RESPONSE_WARNING, DIPU))
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
    void shouldRecordTheMissedResponseAndUrgeAtTheDueTimeWhenTheHorizonPassesTheResponseDeadline() {
        fixture.given(started(anji), assigned(), charged(anji), escalated(EscalationStep.WARNING,
                        DeadlineKind.RESPONSE, 0, "anji.response-warning", RESPONSE_WARNING, DIPU))
                .when(new SweepCaseClockCommand(CASE, at("2026-03-03T09:16")))
                .expectEvents(new DeadlineMissedEvent(CASE, DIPU, DeadlineKind.RESPONSE, 0, RESPONSE_DUE,
                                RESPONSE_DUE),
                        escalated(EscalationStep.URGE, DeadlineKind.RESPONSE, 0, "anji.response-overdue",
                                RESPONSE_DUE, DIPU));
    }

    @Test
    void shouldNotUrgeWhenTheUnitRespondedInTime() {
        fixture.given(started(anji), assigned(), charged(anji), new ResponseGivenEvent(CASE, DIPU, POSTED),
                        new DeadlineMetEvent(CASE, DIPU, DeadlineKind.RESPONSE, 0, RESPONSE_DUE, POSTED))
                .when(new SweepCaseClockCommand(CASE, at("2026-03-03T09:16")))
                .expectNoEvents();
    }

    @Test
    void shouldUrgeALateResponseEvenWhenItWasKnownBeforeTheHorizonPassedTheDeadline() {
        Instant late = at("2026-03-03T11:00");
        fixture.given(started(anji), assigned(), charged(anji), escalated(EscalationStep.WARNING,
                        DeadlineKind.RESPONSE, 0, "anji.response-warning", RESPONSE_WARNING, DIPU))
                .andGivenCommands(new AcknowledgeCaseCommand(CASE, DIPU, late))
                .when(new SweepCaseClockCommand(CASE, at("2026-03-03T12:00")))
                .expectEvents(escalated(EscalationStep.URGE, DeadlineKind.RESPONSE, 0, "anji.response-overdue",
                        RESPONSE_DUE, DIPU));
    }

    @Test
    void shouldCatchUpTheWholeLadderInOrderWithTheOriginalDueTimesAfterDowntime() {
        Instant now = at("2026-03-11T08:00");
        fixture.given(started(anji), assigned(), charged(anji))
                .when(new SweepCaseClockCommand(CASE, now))
                .expectEvents(
                        new DeadlineMissedEvent(CASE, DIPU, DeadlineKind.RESPONSE, 0, RESPONSE_DUE, RESPONSE_DUE),
                        new DeadlineMissedEvent(CASE, DIPU, DeadlineKind.ANSWER, 0, ANSWER_DUE, ANSWER_DUE),
                        escalated(EscalationStep.WARNING, DeadlineKind.RESPONSE, 0, "anji.response-warning",
                                RESPONSE_WARNING, DIPU),
                        escalated(EscalationStep.URGE, DeadlineKind.RESPONSE, 0, "anji.response-overdue",
                                RESPONSE_DUE, DIPU),
                        escalated(EscalationStep.WARNING, DeadlineKind.ANSWER, 0, "anji.answer-warning",
                                answerWarning, DIPU),
                        escalated(EscalationStep.SUPERVISE, DeadlineKind.ANSWER, 0, "anji.answer-overdue",
                                ANSWER_DUE, DIPU),
                        escalated(EscalationStep.PUBLIC_NOTICE, DeadlineKind.ANSWER, 0, "anji.no-answer-no-extension",
                                ANSWER_DUE, DIPU),
                        escalated(EscalationStep.LEADERSHIP, DeadlineKind.ANSWER, 0, "anji.still-open",
                                LEADERSHIP_DUE, DIPU),
                        progress(0, 3, at("2026-03-06T17:30"), at("2026-03-10T17:30"), at("2026-03-11T17:30"),
                                at("2026-03-10T17:30")));
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
                        respondedInTime(),
                        new ExtensionGrantedEvent(CASE, DIPU, "说明", ANSWER_DUE, extendedTo, at("2026-03-04T10:00")),
                        new DeadlinesSetEvent(CASE, DIPU, POSTED, null, extended, "extension granted",
                                at("2026-03-04T10:00")),
                        escalated(EscalationStep.WARNING, DeadlineKind.ANSWER, 0, "anji.answer-warning",
                                extended.answerWarningAt(), DIPU))
                .when(new SweepCaseClockCommand(CASE, now))
                .expectEvents(new DeadlineMissedEvent(CASE, DIPU, DeadlineKind.ANSWER, 0, extendedTo, extendedTo),
                        escalated(EscalationStep.SUPERVISE, DeadlineKind.ANSWER, 0, "anji.answer-overdue",
                                extendedTo, DIPU),
                        progress(0, 0, null, null, at("2026-03-11T17:30"), now));
    }

    @Test
    void shouldSuperviseAndNotifyALateAnswerEvenWhenItWasKnownBeforeTheHorizonPassedTheDeadline() {
        Instant answered = at("2026-03-06T10:00");
        fixture.given(started(anji), assigned(), charged(anji), new ResponseGivenEvent(CASE, DIPU, POSTED),
                        respondedInTime(), new AnswerGivenEvent(CASE, DIPU, 0, answered))
                .when(new SweepCaseClockCommand(CASE, at("2026-03-11T08:00")))
                .expectEvents(new DeadlineMissedEvent(CASE, DIPU, DeadlineKind.ANSWER, 0, ANSWER_DUE, ANSWER_DUE),
                        escalated(EscalationStep.WARNING, DeadlineKind.ANSWER, 0, "anji.answer-warning",
                                answerWarning, DIPU),
                        escalated(EscalationStep.SUPERVISE, DeadlineKind.ANSWER, 0, "anji.answer-overdue",
                                ANSWER_DUE, DIPU),
                        escalated(EscalationStep.PUBLIC_NOTICE, DeadlineKind.ANSWER, 0, "anji.no-answer-no-extension",
                                ANSWER_DUE, DIPU))
                .expectResultMessagePayload(new SweepOutcome(List.of(EscalationStep.WARNING,
                        EscalationStep.SUPERVISE, EscalationStep.PUBLIC_NOTICE), null));
    }

    @Test
    void shouldChargeTheUrgeToTheUnitThatHeldTheCaseWhenTheResponseDeadlinePassed() {
        fixture.given(started(anji), assigned(), charged(anji),
                        new UnitChargedEvent(CASE, JIAOTONG, at("2026-03-03T10:00"), "transferred"),
                        escalated(EscalationStep.WARNING, DeadlineKind.RESPONSE, 0, "anji.response-warning",
                                RESPONSE_WARNING, DIPU))
                .when(new SweepCaseClockCommand(CASE, at("2026-03-03T12:00")))
                .expectEvents(new DeadlineMissedEvent(CASE, DIPU, DeadlineKind.RESPONSE, 0, RESPONSE_DUE,
                                RESPONSE_DUE),
                        escalated(EscalationStep.URGE, DeadlineKind.RESPONSE, 0, "anji.response-overdue",
                                RESPONSE_DUE, DIPU));
    }

    @Test
    void shouldSuperviseTheNewAnswerClockAgainWhenAReopenedCaseIsLateAgain() {
        Instant reopened = at("2026-03-06T10:00");
        Deadlines again = anji.reopened(initial(anji), reopened, null);
        Instant now = at("2026-03-11T17:31");
        fixture.given(started(anji), assigned(), charged(anji), new ResponseGivenEvent(CASE, DIPU, POSTED),
                        respondedInTime(), new AnswerGivenEvent(CASE, DIPU, 0, at("2026-03-04T10:00")),
                        new DeadlineMetEvent(CASE, DIPU, DeadlineKind.ANSWER, 0, ANSWER_DUE, at("2026-03-04T10:00")),
                        new DeadlinesSetEvent(CASE, DIPU, POSTED, null, again, "reopened", reopened),
                        escalated(EscalationStep.WARNING, DeadlineKind.ANSWER, 1, "anji.answer-warning",
                                again.answerWarningAt(), DIPU))
                .when(new SweepCaseClockCommand(CASE, now))
                .expectEvents(new DeadlineMissedEvent(CASE, DIPU, DeadlineKind.ANSWER, 1, again.answerDueAt(),
                                again.answerDueAt()),
                        escalated(EscalationStep.SUPERVISE, DeadlineKind.ANSWER, 1, "anji.answer-overdue",
                                again.answerDueAt(), DIPU),
                        escalated(EscalationStep.PUBLIC_NOTICE, DeadlineKind.ANSWER, 1, "anji.no-answer-no-extension",
                                again.answerDueAt(), DIPU),
                        progress(1, 0, null, null, at("2026-03-12T17:30"), now));
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
                                critical.responseWarningAt(), DIPU))
                .when(new SweepCaseClockCommand(CASE, now))
                .expectEvents(escalated(EscalationStep.SENSITIVE_REPORT_OVERDUE, DeadlineKind.RESPONSE, 0,
                        "municipal.sensitive-report-overdue", at("2026-03-02T11:30"), DIPU));
    }

    static DeadlineMetEvent respondedInTime() {
        return new DeadlineMetEvent(CASE, DIPU, DeadlineKind.RESPONSE, 0, RESPONSE_DUE, POSTED);
    }

    /** The running figure of missed progress updates, all charged to 递铺街道 in March 2026. */
    static ProgressFigureChangedEvent progress(int round, int count, Instant first, Instant last, Instant next,
                                               Instant at) {
        List<ProgressFigureChangedEvent.UnitMonth> months = count == 0 ? List.of()
                : List.of(new ProgressFigureChangedEvent.UnitMonth(DIPU, "2026-03", count, first));
        return new ProgressFigureChangedEvent(CASE, round,
                new ProgressFigureChangedEvent.ProgressFigure(count, first, last, next, months), at);
    }

    /** A step fired, as the clock records it: at its own due time. */
    static CaseEscalatedEvent escalated(EscalationStep step, DeadlineKind deadline, int round, String rule,
                                        Instant dueAt, String unit) {
        return new CaseEscalatedEvent(CASE, unit, step, deadline, round, rule, dueAt, dueAt);
    }
}
