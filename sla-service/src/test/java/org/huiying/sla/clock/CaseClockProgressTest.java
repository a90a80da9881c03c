package org.huiying.sla.clock;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.huiying.contracts.sla.DeadlineKind;
import org.huiying.contracts.sla.EscalationStep;
import org.huiying.sla.policy.PolicyPresets;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.huiying.sla.calendar.CalendarFixture.at;
import static org.huiying.sla.clock.CaseClockFixture.CASE;
import static org.huiying.sla.clock.CaseClockFixture.DIPU;
import static org.huiying.sla.clock.CaseClockFixture.initial;
import static org.huiying.sla.clock.CaseClockLadderTest.escalated;
import static org.huiying.sla.clock.CaseClockLadderTest.progressDue;
import static org.huiying.sla.clock.CaseClockLadderTest.progressMissed;

/**
 * 跟帖通报进展: once the answer deadline (Thursday 5 March 17:30) has passed, anji wants a public progress update every
 * working day; each working day without one is one missed update, and an update starts the next day afresh.
 */
class CaseClockProgressTest {

    private static final Instant ANSWER_DUE = at("2026-03-05T17:30");
    private static final Instant FIRST_PROGRESS_DUE = at("2026-03-06T17:30");

    private final DeadlinePlanner anji = CaseClockFixture.planner(PolicyPresets.anji());
    private final AggregateTestFixture<CaseClock> fixture = CaseClockFixture.fixture(anji);

    @Test
    void shouldAskForTheFirstUpdateOneWorkingDayAfterTheMissedAnswerDeadline() {
        Instant now = at("2026-03-05T17:31");
        fixture.given(lateCase(false))
                .when(new SweepCaseClockCommand(CASE, now))
                .expectEvents(new DeadlineMissedEvent(CASE, DIPU, DeadlineKind.ANSWER, 0, ANSWER_DUE, now),
                        escalated(EscalationStep.SUPERVISE, DeadlineKind.ANSWER, 0, "anji.answer-overdue",
                                ANSWER_DUE, now, DIPU),
                        escalated(EscalationStep.PUBLIC_NOTICE, DeadlineKind.ANSWER, 0, "anji.no-answer-no-extension",
                                ANSWER_DUE, now, DIPU),
                        progressDue(0, FIRST_PROGRESS_DUE, "answer deadline passed", now))
                .expectResultMessagePayload(new SweepOutcome(List.of(EscalationStep.SUPERVISE,
                        EscalationStep.PUBLIC_NOTICE), FIRST_PROGRESS_DUE));
    }

    @Test
    void shouldRecordOneMissedUpdateChargedToTheUnitWhenAWorkingDayPassesWithoutOne() {
        Instant now = at("2026-03-06T17:31");
        fixture.given(lateCase(true))
                .when(new SweepCaseClockCommand(CASE, now))
                .expectEvents(progressMissed(0, FIRST_PROGRESS_DUE, now),
                        progressDue(0, at("2026-03-09T17:30"), "progress update missed", now));
    }

    @Test
    void shouldRecordEachMissedIntervalOnlyOnceWhenSweptAgain() {
        Instant now = at("2026-03-06T17:31");
        fixture.given(lateCase(true)).andGivenCommands(new SweepCaseClockCommand(CASE, now))
                .when(new SweepCaseClockCommand(CASE, now.plusSeconds(3_600)))
                .expectNoEvents()
                .expectResultMessagePayload(new SweepOutcome(List.of(), at("2026-03-09T17:30")));
    }

    @Test
    void shouldStartTheNextWorkingDayAfreshWhenTheUnitReportsProgressAfterTheDeadline() {
        Instant reported = at("2026-03-06T10:00");
        fixture.given(lateCase(true))
                .when(new RecordProgressCommand(CASE, DIPU, reported))
                .expectEvents(new ProgressGivenEvent(CASE, DIPU, 0, reported),
                        progressDue(0, at("2026-03-09T17:30"), "progress reported", reported));
    }

    @Test
    void shouldClearAMissedUpdateWhenTheUnitReportsProgressLate() {
        Instant reported = at("2026-03-09T10:00");
        fixture.given(lateCase(true)).andGiven(progressMissed(0, FIRST_PROGRESS_DUE, FIRST_PROGRESS_DUE),
                        progressDue(0, at("2026-03-09T17:30"), "progress update missed", FIRST_PROGRESS_DUE))
                .when(new RecordProgressCommand(CASE, DIPU, reported))
                .expectEvents(new ProgressGivenEvent(CASE, DIPU, 0, reported),
                        progressDue(0, at("2026-03-10T17:30"), "progress reported", reported));
    }

    @Test
    void shouldOnlyRecordTheUpdateWhenProgressIsReportedBeforeTheAnswerDeadline() {
        Instant reported = at("2026-03-04T10:00");
        fixture.given(lateCase(false))
                .when(new RecordProgressCommand(CASE, DIPU, reported))
                .expectEvents(new ProgressGivenEvent(CASE, DIPU, 0, reported));
    }

    @Test
    void shouldChangeNothingWhenTheSameUpdateIsDeliveredAgain() {
        Instant reported = at("2026-03-06T10:00");
        fixture.given(lateCase(true)).andGiven(new ProgressGivenEvent(CASE, DIPU, 0, reported))
                .when(new RecordProgressCommand(CASE, DIPU, reported))
                .expectNoEvents();
    }

    @Test
    void shouldStopAskingForUpdatesWhenTheAnswerIsPublished() {
        Instant answered = at("2026-03-06T10:00");
        fixture.given(lateCase(true)).andGiven(new AnswerGivenEvent(CASE, DIPU, 0, answered))
                .when(new SweepCaseClockCommand(CASE, at("2026-03-11T08:00")))
                .expectNoEvents()
                .expectResultMessagePayload(new SweepOutcome(List.of(), null));
    }

    /** Posted Monday, assigned to 递铺街道, acknowledged, warned; {@code missed}: answer deadline recorded missed. */
    private Object[] lateCase(boolean missed) {
        Deadlines deadlines = initial(anji);
        List<Object> events = new java.util.ArrayList<>(List.of(CaseClockPauseTest.running(anji)));
        events.add(escalated(EscalationStep.WARNING, DeadlineKind.ANSWER, 0, "anji.answer-warning",
                deadlines.answerWarningAt(), deadlines.answerWarningAt(), DIPU));
        if (missed) {
            events.add(new DeadlineMissedEvent(CASE, DIPU, DeadlineKind.ANSWER, 0, ANSWER_DUE, ANSWER_DUE));
            events.add(escalated(EscalationStep.SUPERVISE, DeadlineKind.ANSWER, 0, "anji.answer-overdue",
                    ANSWER_DUE, ANSWER_DUE, DIPU));
            events.add(escalated(EscalationStep.PUBLIC_NOTICE, DeadlineKind.ANSWER, 0, "anji.no-answer-no-extension",
                    ANSWER_DUE, ANSWER_DUE, DIPU));
            events.add(escalated(EscalationStep.LEADERSHIP, DeadlineKind.ANSWER, 0, "anji.still-open",
                    deadlines.leadershipDueAt(), deadlines.leadershipDueAt(), DIPU));
            events.add(progressDue(0, FIRST_PROGRESS_DUE, "answer deadline passed", ANSWER_DUE));
        }
        return events.toArray();
    }
}
