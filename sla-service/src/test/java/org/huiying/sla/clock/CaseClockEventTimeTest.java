package org.huiying.sla.clock;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.huiying.contracts.sla.DeadlineKind;
import org.huiying.contracts.sla.EscalationStep;
import org.huiying.sla.policy.PolicyPresets;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiying.sla.calendar.CalendarFixture.at;
import static org.huiying.sla.clock.CaseClockFixture.CASE;
import static org.huiying.sla.clock.CaseClockFixture.DIPU;
import static org.huiying.sla.clock.CaseClockFixture.POSTED;

/**
 * Event time decides: what the clock fired on partial knowledge is corrected, visibly, when a fact with an earlier
 * time arrives — and the steps and verdicts left standing are the same whether the sweep ran before or after it.
 * A case posted Monday 2 March 2026 09:15: response due Tuesday 09:15, answer due Thursday 17:30.
 */
class CaseClockEventTimeTest {

    private static final Instant RESPONSE_DUE = at("2026-03-03T09:15");
    private static final Instant ANSWER_DUE = at("2026-03-05T17:30");

    private final DeadlinePlanner anji = CaseClockFixture.planner(PolicyPresets.anji());
    private final AggregateTestFixture<CaseClock> fixture = CaseClockFixture.fixture(anji);

    private final StartCaseClockCommand post = new StartCaseClockCommand(CASE, POSTED, POSTED);
    private final ChargeUnitCommand assignedAtPosting = new ChargeUnitCommand(CASE, DIPU, POSTED, "assigned");

    @Test
    void shouldWithdrawTheUrgeAndReplaceTheMissedVerdictWhenAReplyPostedInTimeIsSeenAfterTheDeadlineWasJudged() {
        List<Object> events = new ArrayList<>();
        fixture.givenCommands(post, assignedAtPosting, new SweepCaseClockCommand(CASE, at("2026-03-03T12:00")))
                .when(new AcknowledgeCaseCommand(CASE, DIPU, at("2026-03-03T09:00")))
                .expectEventsMatching(CaseClockFixture.capture(events));

        assertThat(events).hasSize(3);
        assertThat(events.get(0)).isEqualTo(new ResponseGivenEvent(CASE, DIPU, at("2026-03-03T09:00")));
        DeadlineMetEvent met = (DeadlineMetEvent) events.get(1);
        assertThat(met.deadline()).isEqualTo(DeadlineKind.RESPONSE);
        assertThat(met.replaces()).isNotNull();
        assertThat(met.replaces().missed()).isTrue();
        EscalationWithdrawnEvent withdrawn = (EscalationWithdrawnEvent) events.get(2);
        assertThat(withdrawn.step()).isEqualTo(EscalationStep.URGE);
        assertThat(withdrawn.dueAt()).isEqualTo(RESPONSE_DUE);
        assertThat(withdrawn.cause()).isEqualTo(new Cause("case-acknowledged", at("2026-03-03T09:00")));
        assertThat(withdrawn.reason()).contains("已按时响应");
    }

    @Test
    void shouldWithdrawSupervisionNoticeAndLeadershipWhenAnAnswerPostedInTimeIsNamedAfterTheyFired() {
        List<Object> events = new ArrayList<>();
        fixture.givenCommands(post, assignedAtPosting, new AcknowledgeCaseCommand(CASE, DIPU, at("2026-03-02T11:00")),
                        new SweepCaseClockCommand(CASE, at("2026-03-20T12:00")))
                .when(new RecordAnswerCommand(CASE, DIPU, at("2026-03-05T10:00")))
                .expectEventsMatching(CaseClockFixture.capture(events));

        assertThat(events).filteredOn(EscalationWithdrawnEvent.class::isInstance)
                .extracting(e -> ((EscalationWithdrawnEvent) e).step())
                .containsExactlyInAnyOrder(EscalationStep.SUPERVISE, EscalationStep.PUBLIC_NOTICE,
                        EscalationStep.LEADERSHIP);
        assertThat(events).filteredOn(DeadlineMetEvent.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((DeadlineMetEvent) e).deadline()).isEqualTo(DeadlineKind.ANSWER));
        assertThat(events).filteredOn(ProgressFigureChangedEvent.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((ProgressFigureChangedEvent) e).figure().count()).isZero());
    }

    @Test
    void shouldChargeTheStepsToTheUnitOnceTheAssignmentFromThePostsTimeArrivesAfterTheSweep() {
        List<Object> events = new ArrayList<>();
        fixture.givenCommands(post, new SweepCaseClockCommand(CASE, at("2026-03-03T12:00")))
                .when(assignedAtPosting)
                .expectEventsMatching(CaseClockFixture.capture(events));

        assertThat(events).filteredOn(EscalationWithdrawnEvent.class::isInstance)
                .allSatisfy(e -> assertThat(((EscalationWithdrawnEvent) e).unitId()).isNull()).hasSize(2);
        assertThat(events).filteredOn(CaseEscalatedEvent.class::isInstance)
                .extracting(e -> ((CaseEscalatedEvent) e).unitId()).containsOnly(DIPU).hasSize(2);
        assertThat(events).filteredOn(DeadlineMissedEvent.class::isInstance).singleElement()
                .satisfies(e -> {
                    assertThat(((DeadlineMissedEvent) e).unitId()).isEqualTo(DIPU);
                    assertThat(((DeadlineMissedEvent) e).replaces()).isNotNull();
                });
    }

    @Test
    void shouldLeaveTheSameStepsStandingWhetherTheSweepRanBeforeOrAfterTheLateKnownFacts() {
        List<Object> facts = List.of(post, assignedAtPosting,
                new AcknowledgeCaseCommand(CASE, DIPU, at("2026-03-03T10:00")),      // late
                new RecordAnswerCommand(CASE, DIPU, at("2026-03-05T16:00")));         // in time
        SweepCaseClockCommand end = new SweepCaseClockCommand(CASE, at("2026-03-20T12:00"));

        ClockState sweptOnlyAtTheEnd = stateAfter(commands(facts, end));
        ClockState sweptBeforeTheReplies = stateAfter(commands(facts.subList(0, 2),
                new SweepCaseClockCommand(CASE, at("2026-03-11T08:00")), facts.subList(2, 4), end));
        ClockState sweptBetween = stateAfter(commands(facts.subList(0, 3),
                new SweepCaseClockCommand(CASE, at("2026-03-12T08:00")), facts.subList(3, 4), end));

        assertThat(sweptBeforeTheReplies).isEqualTo(sweptOnlyAtTheEnd);
        assertThat(sweptBetween).isEqualTo(sweptOnlyAtTheEnd);
        assertThat(sweptOnlyAtTheEnd.fired()).containsExactlyInAnyOrder("WARNING:RESPONSE:0", "URGE:RESPONSE:0",
                "WARNING:ANSWER:0"); // the answer came after 75 % of its window
        assertThat(sweptOnlyAtTheEnd.verdicts()).containsExactlyInAnyOrder("RESPONSE:0:missed", "ANSWER:0:met");
    }

    private ClockState stateAfter(List<Object> commands) {
        ClockState[] state = new ClockState[1];
        CaseClockFixture.fixture(anji).givenCommands(commands.subList(0, commands.size() - 1))
                .when(commands.get(commands.size() - 1))
                .expectState(clock -> state[0] = clock.state());
        return state[0];
    }

    private static List<Object> commands(Object... parts) {
        List<Object> all = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof List<?> list) {
                all.addAll(list);
            } else {
                all.add(part);
            }
        }
        return all;
    }
}
