package org.huiying.sla.clock;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.huiying.sla.policy.PolicyPresets;
import org.huiying.support.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.huiying.sla.calendar.CalendarFixture.at;
import static org.huiying.sla.clock.CaseClockFixture.CASE;
import static org.huiying.sla.clock.CaseClockFixture.DIPU;
import static org.huiying.sla.clock.CaseClockFixture.JIAOTONG;
import static org.huiying.sla.clock.CaseClockFixture.assigned;
import static org.huiying.sla.clock.CaseClockFixture.charged;
import static org.huiying.sla.clock.CaseClockFixture.initial;
import static org.huiying.sla.clock.CaseClockFixture.started;

class CaseClockExtensionTest {

    private static final Instant DUE = at("2026-03-05T17:30");
    private static final Instant ASKED = at("2026-03-04T10:00");
    private static final String WHY = "需协调交通部门现场勘查，预计3月10日前答复";

    private final DeadlinePlanner anji = CaseClockFixture.planner(PolicyPresets.anji());
    private final AggregateTestFixture<CaseClock> fixture = CaseClockFixture.fixture(anji);

    @Test
    void shouldMoveTheAnswerDeadlineWhenTheAssignedUnitExplainsBeforeTheDeadlineWithinTheCap() {
        Instant committed = at("2026-03-10T17:30");
        fixture.given(started(anji), assigned(), charged(anji))
                .when(new RequestExtensionCommand(CASE, DIPU, WHY, committed, ASKED))
                .expectEvents(new ExtensionGrantedEvent(CASE, DIPU, WHY, DUE, committed, ASKED),
                        new DeadlinesSetEvent(CASE, DIPU, CaseClockFixture.POSTED, null,
                                anji.extended(initial(anji), committed), "extension granted", ASKED))
                .expectResultMessagePayload(ExtensionDecision.granted(DUE, committed));
    }

    @Test
    void shouldRefuseAndPublishTheRefusalWhenTheExplanationIsBlank() {
        Instant committed = at("2026-03-10T17:30");
        fixture.given(started(anji), assigned(), charged(anji))
                .when(new RequestExtensionCommand(CASE, DIPU, "  ", committed, ASKED))
                .expectEvents(new ExtensionRefusedEvent(CASE, DIPU, "  ", committed,
                        ExtensionRules.EXPLANATION_REQUIRED, "An extension needs a public explanation 延期须公开说明理由",
                        ASKED));
    }

    @Test
    void shouldRefuseAndPublishTheRefusalWhenAskedAfterTheAnswerDeadline() {
        Instant late = at("2026-03-05T17:31");
        fixture.given(started(anji), assigned(), charged(anji))
                .when(new RequestExtensionCommand(CASE, DIPU, WHY, at("2026-03-10T17:30"), late))
                .expectResultMessagePayloadMatching(refusedBy(ExtensionRules.TOO_LATE))
                .expectEventsMatching(singleRefusal(ExtensionRules.TOO_LATE));
    }

    @Test
    void shouldRefuseAndPublishTheRefusalWhenTheCommittedDeadlineIsNotLaterThanTheCurrentOne() {
        fixture.given(started(anji), assigned(), charged(anji))
                .when(new RequestExtensionCommand(CASE, DIPU, WHY, DUE, ASKED))
                .expectResultMessagePayloadMatching(refusedBy(ExtensionRules.NOT_LATER))
                .expectEventsMatching(singleRefusal(ExtensionRules.NOT_LATER));
    }

    @Test
    void shouldRefuseAndPublishTheRefusalWhenTheCommittedDeadlineIsBeyondTheTenWorkingDayCap() {
        // 10 working days from Monday 2 March end on Monday 16 March at 17:30
        fixture.given(started(anji), assigned(), charged(anji))
                .when(new RequestExtensionCommand(CASE, DIPU, WHY, at("2026-03-17T09:00"), ASKED))
                .expectResultMessagePayloadMatching(refusedBy(ExtensionRules.BEYOND_CAP))
                .expectEventsMatching(singleRefusal(ExtensionRules.BEYOND_CAP));
    }

    @Test
    void shouldGrantUpToTheCapExactly() {
        fixture.given(started(anji), assigned(), charged(anji))
                .when(new RequestExtensionCommand(CASE, DIPU, WHY, at("2026-03-16T17:30"), ASKED))
                .expectResultMessagePayloadMatching(decision(ExtensionDecision::granted, "granted"));
    }

    @Test
    void shouldRefuseWithAConflictAndNoEventWhenAnotherUnitAsks() {
        fixture.given(started(anji), assigned(), charged(anji))
                .when(new RequestExtensionCommand(CASE, JIAOTONG, WHY, at("2026-03-10T17:30"), ASKED))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("Only the unit assigned"));
    }

    @Test
    void shouldRefuseWithAConflictAndNoEventWhenTheCaseIsAlreadyAnswered() {
        fixture.given(started(anji), assigned(), charged(anji), new AnswerGivenEvent(CASE, DIPU, 0, ASKED))
                .when(new RequestExtensionCommand(CASE, DIPU, WHY, at("2026-03-10T17:30"), ASKED.plusSeconds(60)))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
    }

    private static org.hamcrest.Matcher<ExtensionDecision> refusedBy(String rule) {
        return decision(d -> !d.granted() && rule.equals(d.rule()), "refused by " + rule);
    }

    private static org.hamcrest.Matcher<ExtensionDecision> decision(
            java.util.function.Predicate<ExtensionDecision> condition, String text) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(ExtensionDecision decision) {
                return condition.test(decision);
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText(text);
            }
        };
    }

    private static org.hamcrest.Matcher<java.util.List<org.axonframework.eventhandling.EventMessage<?>>> singleRefusal(
            String rule) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(java.util.List<org.axonframework.eventhandling.EventMessage<?>> events) {
                return events.size() == 1 && events.get(0).getPayload() instanceof ExtensionRefusedEvent refused
                        && refused.rule().equals(rule);
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("one ExtensionRefusedEvent by rule " + rule);
            }
        };
    }
}
