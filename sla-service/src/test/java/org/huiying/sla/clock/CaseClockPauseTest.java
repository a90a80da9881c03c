package org.huiying.sla.clock;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.huiying.contracts.sla.DeadlineKind;
import org.huiying.sla.calendar.ClockKind;
import org.huiying.sla.policy.PolicyOverrides;
import org.huiying.sla.policy.PolicyPresets;
import org.huiying.sla.policy.SlaPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiying.sla.calendar.CalendarFixture.at;
import static org.huiying.sla.clock.CaseClockFixture.CASE;
import static org.huiying.sla.clock.CaseClockFixture.DIPU;
import static org.huiying.sla.clock.CaseClockFixture.POSTED;
import static org.huiying.sla.clock.CaseClockFixture.assigned;
import static org.huiying.sla.clock.CaseClockFixture.initial;

/**
 * 请网民补充: the answer clock pauses while the netizen is asked for information (where the policy says so), at most for
 * the cap, and the answer deadline moves later by the working time paused.
 */
class CaseClockPauseTest {

    /** Tuesday 3 March 10:00: the unit asks the netizen which crossing they mean. */
    private static final Instant ASKED = at("2026-03-03T10:00");
    /** Wednesday 10:00: the netizen answers — 7 working hours later (2 + 3.5 on Tuesday, 1.5 on Wednesday). */
    private static final Instant FOLLOWED_UP = at("2026-03-04T10:00");

    private final DeadlinePlanner pausing = CaseClockFixture.planner(pausing("5wd"));
    private final AggregateTestFixture<CaseClock> fixture = CaseClockFixture.fixture(pausing);

    @Test
    void shouldPauseTheAnswerClockUntilTheCapWhenTheUnitAsksForInformationAndThePolicyPauses() {
        fixture.given(running(pausing))
                .when(new PauseAnswerClockCommand(CASE, DIPU, ASKED))
                .expectEvents(paused(pausing, at("2026-03-10T17:30")));
    }

    @Test
    void shouldNotPauseWhenThePolicyDoesNotPauseAsInEverySeedPreset() {
        DeadlinePlanner anji = CaseClockFixture.planner(PolicyPresets.anji());
        assertThat(List.of(PolicyPresets.anji(), PolicyPresets.municipal(), PolicyPresets.township()))
                .noneMatch(SlaPolicy::pauseForInformation);
        CaseClockFixture.fixture(anji).given(running(anji))
                .when(new PauseAnswerClockCommand(CASE, DIPU, ASKED))
                .expectNoEvents();
    }

    @Test
    void shouldNotPauseWhenTheQuestionComesAfterTheAnswerDeadline() {
        fixture.given(running(pausing))
                .when(new PauseAnswerClockCommand(CASE, DIPU, at("2026-03-05T17:31")))
                .expectNoEvents();
    }

    @Test
    void shouldNotPauseAgainWhileAlreadyPaused() {
        fixture.given(running(pausing)).andGiven(paused(pausing, at("2026-03-10T17:30")))
                .when(new PauseAnswerClockCommand(CASE, DIPU, ASKED.plusSeconds(3_600)))
                .expectNoEvents();
    }

    @Test
    void shouldMoveTheAnswerDeadlineFromThursdayToFridayWhenTheNetizenFollowsUp7WorkingHoursLater() {
        AnswerPause pause = new AnswerPause(ASKED, FOLLOWED_UP, Duration.ofHours(7), ClockKind.WORKING_DAYS, false);
        Deadlines moved = pausing.resumed(initial(pausing), pause);
        assertThat(moved.answerDueAt()).isEqualTo(at("2026-03-06T17:30"));
        assertThat(moved.responseDueAt()).isEqualTo(initial(pausing).responseDueAt());

        fixture.given(running(pausing)).andGiven(paused(pausing, at("2026-03-10T17:30")))
                .when(new ResumeAnswerClockCommand(CASE, FOLLOWED_UP))
                .expectEvents(new AnswerClockResumedEvent(CASE, 0, pause, "netizen followed up 网民已补充"),
                        new DeadlinesSetEvent(CASE, DIPU, POSTED, null, moved,
                                "answer clock resumed after PT7H paused for information: netizen followed up 网民已补充",
                                FOLLOWED_UP));
    }

    @Test
    void shouldKeepPausedWhenTheOnlyFollowUpWasPostedBeforeTheQuestion() {
        fixture.given(running(pausing)).andGiven(paused(pausing, at("2026-03-10T17:30")))
                .when(new ResumeAnswerClockCommand(CASE, at("2026-03-03T09:00")))
                .expectNoEvents();
    }

    @Test
    void shouldStopCountingAtTheCapAndFireNoAnswerStepWhenTheNetizenNeverFollowsUp() {
        DeadlinePlanner oneDay = CaseClockFixture.planner(pausing("1wd"));
        Instant cap = at("2026-03-04T17:30");
        AnswerPause pause = new AnswerPause(ASKED, cap, Duration.ofMinutes(12 * 60 + 30), ClockKind.WORKING_DAYS,
                true);
        Deadlines moved = oneDay.resumed(initial(oneDay), pause);
        assertThat(moved.answerDueAt()).isEqualTo(at("2026-03-09T16:00"));

        CaseClockFixture.fixture(oneDay).given(running(oneDay)).andGiven(paused(oneDay, cap))
                .when(new SweepCaseClockCommand(CASE, at("2026-03-04T18:00")))
                .expectEvents(new AnswerClockResumedEvent(CASE, 0, pause, "pause cap reached 补充期限已满"),
                        new DeadlinesSetEvent(CASE, DIPU, POSTED, null, moved, "answer clock resumed after PT12H30M "
                                + "paused for information: pause cap reached 补充期限已满", cap))
                .expectResultMessagePayload(new SweepOutcome(List.of(), moved.answerWarningAt()));
    }

    @Test
    void shouldHoldTheAnswerStepsUntilTheCapWhileTheClockIsPaused() {
        Instant cap = at("2026-03-10T17:30");
        fixture.given(running(pausing)).andGiven(paused(pausing, cap))
                .when(new SweepCaseClockCommand(CASE, at("2026-03-06T09:00")))
                .expectNoEvents()
                .expectResultMessagePayload(new SweepOutcome(List.of(), cap));
    }

    @Test
    void shouldEndThePauseWithTheCapItStartedWithWhenThePolicyChangedMeanwhile() {
        DeadlinePlanner switchedOff = CaseClockFixture.planner(PolicyPresets.anji());
        Instant recordedCap = at("2026-03-04T17:30"); // the pause started under a 1-working-day cap
        AnswerPause pause = new AnswerPause(ASKED, recordedCap, Duration.ofMinutes(12 * 60 + 30),
                ClockKind.WORKING_DAYS, true);

        CaseClockFixture.fixture(switchedOff).given(running(pausing)).andGiven(paused(pausing, recordedCap))
                .when(new ResumeAnswerClockCommand(CASE, at("2026-03-05T10:00")))
                .expectEvents(new AnswerClockResumedEvent(CASE, 0, pause, "pause cap reached 补充期限已满"),
                        new DeadlinesSetEvent(CASE, DIPU, POSTED, null, switchedOff.resumed(initial(pausing), pause),
                                "answer clock resumed after PT12H30M paused for information: pause cap reached "
                                        + "补充期限已满", recordedCap));
    }

    @Test
    void shouldJudgeTheAnswerAgainstTheMovedDeadlineWhenItComesDuringThePause() {
        Instant answered = at("2026-03-06T10:00"); // after Thursday's deadline, but 21 working hours were paused
        AnswerPause pause = new AnswerPause(ASKED, answered, Duration.ofHours(21), ClockKind.WORKING_DAYS, false);
        Deadlines moved = pausing.resumed(initial(pausing), pause);
        assertThat(moved.answerDueAt()).isEqualTo(at("2026-03-10T17:30"));

        fixture.given(running(pausing)).andGiven(paused(pausing, at("2026-03-10T17:30")))
                .when(new RecordAnswerCommand(CASE, DIPU, answered))
                .expectEvents(new AnswerClockResumedEvent(CASE, 0, pause, "answer published 已答复"),
                        new DeadlinesSetEvent(CASE, DIPU, POSTED, null, moved, "answer clock resumed after PT21H "
                                + "paused for information: answer published 已答复", answered),
                        new AnswerGivenEvent(CASE, DIPU, 0, answered),
                        new DeadlineMetEvent(CASE, DIPU, DeadlineKind.ANSWER, 0, moved.answerDueAt(), answered));
    }

    @Test
    void shouldKeepThePausedTimeWhenTheSeverityChangesAfterThePause() {
        AnswerPause pause = new AnswerPause(ASKED, FOLLOWED_UP, Duration.ofHours(7), ClockKind.WORKING_DAYS, false);
        Deadlines moved = pausing.resumed(initial(pausing), pause);
        Deadlines reclassified = pausing.reclassified(moved, org.huiying.contracts.intake.Severity.SIGNIFICANT,
                at("2026-03-04T11:00"), false);
        assertThat(reclassified.answerDueAt()).isEqualTo(at("2026-03-06T17:30"));
        assertThat(reclassified.pauses()).containsExactly(pause);
    }

    @Test
    void shouldIgnoreTheQuestionWhenItIsDeliveredAgainAfterTheClockResumed() {
        AnswerPause pause = new AnswerPause(ASKED, FOLLOWED_UP, Duration.ofHours(7), ClockKind.WORKING_DAYS, false);
        fixture.given(running(pausing)).andGiven(paused(pausing, at("2026-03-10T17:30")),
                        new AnswerClockResumedEvent(CASE, 0, pause, "netizen followed up 网民已补充"),
                        new DeadlinesSetEvent(CASE, DIPU, POSTED, null, pausing.resumed(initial(pausing), pause),
                                "resumed", FOLLOWED_UP))
                .when(new PauseAnswerClockCommand(CASE, DIPU, ASKED))
                .expectNoEvents();
    }

    static SlaPolicy pausing(String cap) {
        return new PolicyOverrides(null, null, null, null, null, null, null, null, null, null, "true", cap)
                .applyTo(PolicyPresets.anji());
    }

    /** Posted Monday 09:15, assigned to 递铺街道, acknowledged at 11:00. */
    static Object[] running(DeadlinePlanner planner) {
        return new Object[]{new DeadlinesSetEvent(CASE, null, POSTED, null, initial(planner), "post received", POSTED),
                assigned(), new DeadlinesSetEvent(CASE, DIPU, POSTED, null, initial(planner),
                "unit charged: assigned", CaseClockFixture.ASSIGNED),
                new ResponseGivenEvent(CASE, DIPU, at("2026-03-02T11:00")),
                new DeadlineMetEvent(CASE, DIPU, DeadlineKind.RESPONSE, 0, initial(planner).responseDueAt(),
                        at("2026-03-02T11:00"))};
    }

    private static AnswerClockPausedEvent paused(DeadlinePlanner planner, Instant capEndsAt) {
        return new AnswerClockPausedEvent(CASE, DIPU, 0, ASKED, capEndsAt, ClockKind.WORKING_DAYS,
                planner.policy().version());
    }
}
