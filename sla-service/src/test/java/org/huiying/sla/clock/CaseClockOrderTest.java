package org.huiying.sla.clock;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.huiying.contracts.intake.Severity;
import org.huiying.sla.policy.PolicyPresets;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiying.sla.calendar.CalendarFixture.at;
import static org.huiying.sla.clock.CaseClockFixture.CASE;
import static org.huiying.sla.clock.CaseClockFixture.DIPU;
import static org.huiying.sla.clock.CaseClockFixture.JIAOTONG;
import static org.huiying.sla.clock.CaseClockFixture.POSTED;

/** intake's and routing's facts interleaved in every possible order give the same deadlines and escalations. */
class CaseClockOrderTest {

    private final DeadlinePlanner township = CaseClockFixture.planner(PolicyPresets.township());

    private final List<Object> intake = List.of(
            new StartCaseClockCommand(CASE, POSTED, POSTED),
            new ClassifyCaseCommand(CASE, Severity.MAJOR, at("2026-03-02T10:00")),
            new AcknowledgeCaseCommand(CASE, JIAOTONG, at("2026-03-03T11:00")),
            new RecordAnswerCommand(CASE, JIAOTONG, at("2026-03-04T10:00")),
            new ReopenAnswerClockCommand(CASE, at("2026-03-05T10:00")));
    private final List<Object> routing = List.of(
            new ChargeUnitCommand(CASE, null, at("2026-03-02T09:16"), "queued for triage"),
            new ChargeUnitCommand(CASE, DIPU, at("2026-03-02T11:00"), "assigned"),
            new ChargeUnitCommand(CASE, JIAOTONG, at("2026-03-03T10:00"), "transferred"));

    @Test
    void shouldEndInTheSameDeadlinesAndEscalationsWhateverOrderTheTwoTopicsInterleaveIn() {
        List<List<Object>> orders = interleavings(intake, routing);
        assertThat(orders).hasSize(56); // 8! / (5! 3!)
        Set<ClockState> states = new HashSet<>();
        Set<List<Object>> escalations = new HashSet<>();
        for (List<Object> order : orders) {
            AggregateTestFixture<CaseClock> fixture = CaseClockFixture.fixture(township);
            List<Object> swept = new ArrayList<>();
            fixture.givenCommands(order)
                    .when(new SweepCaseClockCommand(CASE, at("2026-03-20T09:00")))
                    .expectEventsMatching(CaseClockFixture.capture(swept))
                    .expectState(clock -> states.add(clock.state()));
            escalations.add(swept);
        }
        assertThat(states).hasSize(1);
        assertThat(escalations).hasSize(1);
        ClockState state = states.iterator().next();
        assertThat(state.deadlines().answerRound()).isEqualTo(1);
        assertThat(state.verdicts()).contains("RESPONSE:0:missed", "ANSWER:1:missed");
        assertThat(escalations.iterator().next()).isNotEmpty();
    }

    @Test
    void shouldEndInTheSamePauseProgressAndEscalationsWhateverOrderTheTwoTopicsInterleaveIn() {
        DeadlinePlanner pausing = CaseClockFixture.planner(CaseClockPauseTest.pausing("5wd"));
        List<Object> thread = List.of(
                new StartCaseClockCommand(CASE, POSTED, POSTED),
                new AcknowledgeCaseCommand(CASE, DIPU, at("2026-03-02T11:30")),
                new PauseAnswerClockCommand(CASE, DIPU, at("2026-03-03T10:00")),
                new ResumeAnswerClockCommand(CASE, at("2026-03-04T10:00")),
                new RecordProgressCommand(CASE, JIAOTONG, at("2026-03-09T10:00")));
        List<List<Object>> orders = interleavings(thread, routing);
        Set<ClockState> states = new HashSet<>();
        Set<List<Object>> swept = new HashSet<>();
        for (List<Object> order : orders) {
            List<Object> events = new ArrayList<>();
            CaseClockFixture.fixture(pausing).givenCommands(order)
                    .when(new SweepCaseClockCommand(CASE, at("2026-03-12T09:00")))
                    .expectEventsMatching(CaseClockFixture.capture(events))
                    .expectState(clock -> states.add(clock.state()));
            swept.add(events);
        }
        assertThat(states).hasSize(1);
        assertThat(swept).hasSize(1);
        ClockState state = states.iterator().next();
        assertThat(state.deadlines().answerDueAt()).isEqualTo(at("2026-03-06T17:30")); // 7 working hours paused
        assertThat(state.deadlines().pauses()).hasSize(1);
        assertThat(state.verdicts()).contains("ANSWER:0:missed");
        assertThat(state.progress().count()).isEqualTo(2); // due 10 and 11 March; the update on the 9th was in time
        assertThat(state.progress().firstDueAt()).isEqualTo(at("2026-03-10T17:30"));
        assertThat(state.progress().nextDueAt()).isEqualTo(at("2026-03-12T17:30"));
    }

    private static List<List<Object>> interleavings(List<Object> a, List<Object> b) {
        if (a.isEmpty() || b.isEmpty()) {
            List<Object> rest = new ArrayList<>(a);
            rest.addAll(b);
            return List.of(rest);
        }
        List<List<Object>> all = new ArrayList<>();
        for (List<Object> tail : interleavings(a.subList(1, a.size()), b)) {
            List<Object> order = new ArrayList<>(List.of(a.get(0)));
            order.addAll(tail);
            all.add(order);
        }
        for (List<Object> tail : interleavings(a, b.subList(1, b.size()))) {
            List<Object> order = new ArrayList<>(List.of(b.get(0)));
            order.addAll(tail);
            all.add(order);
        }
        return all;
    }
}
