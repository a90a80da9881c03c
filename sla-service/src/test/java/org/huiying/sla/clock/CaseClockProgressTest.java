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
import static org.huiying.sla.clock.CaseClockLadderTest.progress;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

/**
 * 跟帖通报进展: once the answer deadline (Thursday 5 March 17:30) has passed, anji wants a public progress update every
 * working day; each working day without one is one missed update, and an update starts the next day afresh. The
 * missed updates are one running figure, computed from the facts' own times.
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
                .expectEvents(new DeadlineMissedEvent(CASE, DIPU, DeadlineKind.ANSWER, 0, ANSWER_DUE, ANSWER_DUE),
                        escalated(EscalationStep.SUPERVISE, DeadlineKind.ANSWER, 0, "anji.answer-overdue",
                                ANSWER_DUE, DIPU),
                        escalated(EscalationStep.PUBLIC_NOTICE, DeadlineKind.ANSWER, 0, "anji.no-answer-no-extension",
                                ANSWER_DUE, DIPU),
                        progress(0, 0, null, null, FIRST_PROGRESS_DUE, now))
                .expectResultMessagePayload(new SweepOutcome(List.of(EscalationStep.SUPERVISE,
                        EscalationStep.PUBLIC_NOTICE), FIRST_PROGRESS_DUE));
    }

    @Test
    void shouldCountOneMissedUpdateChargedToTheUnitWhenAWorkingDayPassesWithoutOne() {
        fixture.given(lateCase(true))
                .when(new SweepCaseClockCommand(CASE, at("2026-03-06T17:31")))
                .expectEvents(progress(0, 1, FIRST_PROGRESS_DUE, FIRST_PROGRESS_DUE, at("2026-03-09T17:30"),
                        FIRST_PROGRESS_DUE));
    }

    @Test
    void shouldCountEachMissedIntervalOnlyOnceWhenSweptAgain() {
        Instant now = at("2026-03-06T17:31");
        fixture.given(lateCase(true)).andGivenCommands(new SweepCaseClockCommand(CASE, now))
                .when(new SweepCaseClockCommand(CASE, now.plusSeconds(3_600)))
                .expectNoEvents()
                .expectResultMessagePayload(new SweepOutcome(List.of(), at("2026-03-09T17:30")));
    }

    @Test
    void shouldCountAMonthOfMissedUpdatesAsOneFigureWithOneEventWhenTheHorizonJumpsAhead() {
        fixture.given(lateCase(true))
                .when(new SweepCaseClockCommand(CASE, at("2026-04-03T12:00")))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof CaseEscalatedEvent c && c.step() == EscalationStep.LEADERSHIP),
                        matches(e -> e instanceof ProgressFigureChangedEvent p && p.figure().count() == 20
                                && p.figure().byUnitMonth().size() == 2
                                && p.figure().byUnitMonth().get(0).count() == 18
                                && p.figure().byUnitMonth().get(1).month().equals("2026-04")),
                        andNoMore())));
    }

    @Test
    void shouldWriteTheFigureOnceTheHorizonHasCaughtUpWhenHistoryIsReadNotAtEverySweepOnTheWay() {
        fixture.given(lateCase(true))
                .andGivenCommands(new SweepCaseClockCommand(CASE, at("2026-03-13T12:00"), true),
                        new SweepCaseClockCommand(CASE, at("2026-03-24T12:00"), true))
                .when(new SweepCaseClockCommand(CASE, at("2026-04-03T12:00"), false))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof ProgressFigureChangedEvent p && p.figure().count() == 20),
                        andNoMore())));
    }

    @Test
    void shouldLookAgainAtTheNextDueUpdateWhileTheFigureWaitsForTheHorizonToCatchUp() {
        fixture.given(lateCase(true))
                .when(new SweepCaseClockCommand(CASE, at("2026-03-09T18:00"), true))
                .expectNoEvents()
                .expectResultMessagePayload(new SweepOutcome(List.of(), at("2026-03-10T17:30")));
    }

    @Test
    void shouldStartTheNextWorkingDayAfreshWhenTheUnitReportsProgressAfterTheDeadline() {
        Instant reported = at("2026-03-06T10:00");
        fixture.given(lateCase(true))
                .when(new RecordProgressCommand(CASE, DIPU, reported))
                .expectEvents(new ProgressGivenEvent(CASE, DIPU, 0, reported),
                        progress(0, 0, null, null, at("2026-03-09T17:30"), reported));
    }

    @Test
    void shouldLowerTheFigureWhenAnUpdatePostedInTimeIsSeenLate() {
        Instant reported = at("2026-03-06T10:00");
        fixture.given(lateCase(true)).andGivenCommands(new SweepCaseClockCommand(CASE, at("2026-03-09T18:00")))
                .when(new RecordProgressCommand(CASE, DIPU, reported))
                .expectEvents(new ProgressGivenEvent(CASE, DIPU, 0, reported),
                        progress(0, 1, at("2026-03-09T17:30"), at("2026-03-09T17:30"), at("2026-03-10T17:30"),
                                reported));
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
    void shouldStopCountingWhenTheAnswerIsPublished() {
        Instant answered = at("2026-03-06T10:00");
        fixture.given(lateCase(true)).andGiven(new AnswerGivenEvent(CASE, DIPU, 0, answered))
                .when(new SweepCaseClockCommand(CASE, at("2026-03-11T08:00")))
                .expectEvents(progress(0, 0, null, null, null, at("2026-03-11T08:00")))
                .expectResultMessagePayload(new SweepOutcome(List.of(), null));
    }

    /** Posted Monday, assigned to 递铺街道, acknowledged, warned; {@code missed}: the answer deadline judged missed. */
    private Object[] lateCase(boolean missed) {
        Deadlines deadlines = initial(anji);
        List<Object> events = new java.util.ArrayList<>(List.of(CaseClockPauseTest.running(anji)));
        events.add(escalated(EscalationStep.WARNING, DeadlineKind.ANSWER, 0, "anji.answer-warning",
                deadlines.answerWarningAt(), DIPU));
        if (missed) {
            events.add(new DeadlineMissedEvent(CASE, DIPU, DeadlineKind.ANSWER, 0, ANSWER_DUE, ANSWER_DUE));
            events.add(escalated(EscalationStep.SUPERVISE, DeadlineKind.ANSWER, 0, "anji.answer-overdue",
                    ANSWER_DUE, DIPU));
            events.add(escalated(EscalationStep.PUBLIC_NOTICE, DeadlineKind.ANSWER, 0, "anji.no-answer-no-extension",
                    ANSWER_DUE, DIPU));
            events.add(progress(0, 0, null, null, FIRST_PROGRESS_DUE, ANSWER_DUE));
        }
        return events.toArray();
    }
}
