package org.huiying.sla.clock;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.huiying.sla.calendar.CalendarFixture;
import org.huiying.sla.policy.SlaPolicy;

import java.time.Instant;
import java.util.List;

import static org.huiying.sla.calendar.CalendarFixture.at;

/** A case posted Monday 2 March 2026 at 09:15 in Anji, assigned to 递铺街道 at 09:20. */
final class CaseClockFixture {

    static final String CASE = "anji-bbs:t-1";
    static final String DIPU = "dipu";
    static final String JIAOTONG = "jiaotong";
    static final Instant POSTED = at("2026-03-02T09:15");
    static final Instant ASSIGNED = at("2026-03-02T09:20");

    private CaseClockFixture() {
    }

    static DeadlinePlanner planner(SlaPolicy policy) {
        return new DeadlinePlanner(policy, CalendarFixture::workingTime);
    }

    static AggregateTestFixture<CaseClock> fixture(DeadlinePlanner planner) {
        AggregateTestFixture<CaseClock> fixture = new AggregateTestFixture<>(CaseClock.class);
        fixture.registerInjectableResource(planner);
        return fixture;
    }

    static Deadlines initial(DeadlinePlanner planner) {
        return planner.initial(POSTED, null, null);
    }

    static DeadlinesSetEvent started(DeadlinePlanner planner) {
        return new DeadlinesSetEvent(CASE, null, POSTED, null, initial(planner), "post received", POSTED);
    }

    static UnitChargedEvent assigned() {
        return new UnitChargedEvent(CASE, DIPU, ASSIGNED, "assigned");
    }

    static DeadlinesSetEvent charged(DeadlinePlanner planner) {
        return new DeadlinesSetEvent(CASE, DIPU, POSTED, null, initial(planner), "unit charged: assigned", ASSIGNED);
    }

    /** Matches any events, keeping their payloads in {@code into}. */
    static BaseMatcher<List<EventMessage<?>>> capture(List<Object> into) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object events) {
                ((List<?>) events).forEach(event -> into.add(((EventMessage<?>) event).getPayload()));
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("any events");
            }
        };
    }
}
