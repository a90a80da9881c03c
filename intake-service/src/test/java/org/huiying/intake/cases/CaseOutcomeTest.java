package org.huiying.intake.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.huiying.contracts.intake.Channel;
import org.huiying.contracts.intake.Satisfaction;
import org.huiying.intake.cases.outcome.CaseClosedEvent;
import org.huiying.intake.cases.outcome.CaseRatedEvent;
import org.huiying.intake.cases.outcome.CaseReopenedEvent;
import org.huiying.intake.cases.outcome.CloseCaseCommand;
import org.huiying.intake.cases.outcome.ConfirmImplementationCommand;
import org.huiying.intake.cases.outcome.ImplementationConfirmedEvent;
import org.huiying.intake.cases.outcome.RateCaseCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.huiying.intake.cases.CaseFixture.CASE_ID;
import static org.huiying.intake.cases.LifecycleFixture.*;
import static org.huiying.support.domain.RuleViolationException.Kind.CONFLICT;
import static org.huiying.support.domain.RuleViolationException.Kind.UNPROCESSABLE;

/** 回访, 重办, 落实 and closure. */
class CaseOutcomeTest {

    private static final Instant RATED_AT = ANSWERED_AT.plus(Duration.ofDays(2));
    private static final Instant QUIET_UNTIL = ANSWERED_AT.plus(Duration.ofDays(7));

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(POLICY);
    }

    @Test
    void shouldRateAndCloseWhenTheNetizenIsSatisfied() {
        fixture.given(answeredCase())
                .when(new RateCaseCommand(CASE_ID, Satisfaction.SATISFIED, 5, 4, 5, OFFICE, Channel.API, RATED_AT))
                .expectEvents(new CaseRatedEvent(CASE_ID, UNIT, Satisfaction.SATISFIED, 5, 4, 5, OFFICE, Channel.API,
                                RATED_AT),
                        new CaseClosedEvent(CASE_ID, UNIT, "rated", RATED_AT));
    }

    @Test
    void shouldReopenForReHandlingWhenTheNetizenIsDissatisfiedAndThePolicySaysSo() {
        fixture.given(answeredCase())
                .when(new RateCaseCommand(CASE_ID, Satisfaction.DISSATISFIED, 1, null, null, OFFICE, Channel.API,
                        RATED_AT))
                .expectEvents(new CaseRatedEvent(CASE_ID, UNIT, Satisfaction.DISSATISFIED, 1, null, null, OFFICE,
                                Channel.API, RATED_AT),
                        new CaseReopenedEvent(CASE_ID, UNIT, "不满意 dissatisfied rating: re-handling 重办", RATED_AT));
    }

    @Test
    void shouldCloseWhenTheNetizenIsDissatisfiedAndThePolicyDoesNotReopen() {
        fixture = fixture(new CasePolicy(true, false, Duration.ofDays(7)));
        fixture.given(answeredCase())
                .when(new RateCaseCommand(CASE_ID, Satisfaction.DISSATISFIED, null, null, null, OFFICE, Channel.API,
                        RATED_AT))
                .expectEvents(new CaseRatedEvent(CASE_ID, UNIT, Satisfaction.DISSATISFIED, null, null, null, OFFICE,
                                Channel.API, RATED_AT),
                        new CaseClosedEvent(CASE_ID, UNIT, "rated", RATED_AT));
    }

    @Test
    void shouldConfirmImplementationWhenTheCaseIsAnswered() {
        fixture.given(answeredCase())
                .when(new ConfirmImplementationCommand(CASE_ID, OFFICE, RATED_AT))
                .expectEvents(new ImplementationConfirmedEvent(CASE_ID, UNIT, OFFICE, RATED_AT));
    }

    @Test
    void shouldCloseWhenTheQuietPeriodAfterTheAnswerHasPassed() {
        fixture.given(answeredCase())
                .when(new CloseCaseCommand(CASE_ID, "quiet-period", QUIET_UNTIL))
                .expectEvents(new CaseClosedEvent(CASE_ID, UNIT, "quiet-period", QUIET_UNTIL));
    }

    @Test
    void shouldEmitNothingWhenTheSweeperClosesAClosedCase() {
        fixture.given(answeredCase()).andGiven(new CaseClosedEvent(CASE_ID, UNIT, "rated", RATED_AT))
                .when(new CloseCaseCommand(CASE_ID, "quiet-period", QUIET_UNTIL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shouldRefuseARatingWhenTheCaseIsNotAnswered() {
        fixture.given(acknowledgedCase())
                .when(new RateCaseCommand(CASE_ID, Satisfaction.SATISFIED, null, null, null, OFFICE, Channel.API,
                        RATED_AT))
                .expectNoEvents()
                .expectException(violation(CaseRules.RATE_AFTER_ANSWER, CONFLICT));
    }

    @Test
    void shouldRefuseASecondRatingWhenTheAnswerIsAlreadyRated() {
        fixture.given(answeredCase())
                .andGiven(new CaseRatedEvent(CASE_ID, UNIT, Satisfaction.SATISFIED, null, null, null, OFFICE,
                        Channel.API, RATED_AT), new CaseClosedEvent(CASE_ID, UNIT, "rated", RATED_AT))
                .when(new RateCaseCommand(CASE_ID, Satisfaction.BASICALLY_SATISFIED, null, null, null, OFFICE,
                        Channel.API, RATED_AT))
                .expectNoEvents()
                .expectException(violation(CaseRules.RATE_ONCE, CONFLICT));
    }

    @Test
    void shouldRefuseARatingWhenAScoreIsOutsideOneToFive() {
        fixture.given(answeredCase())
                .when(new RateCaseCommand(CASE_ID, Satisfaction.SATISFIED, 6, null, null, OFFICE, Channel.API,
                        RATED_AT))
                .expectNoEvents()
                .expectException(violation(CaseRules.SCORE_RANGE, UNPROCESSABLE));
    }

    @Test
    void shouldRefuseConfirmationWhenTheCaseIsNotAnswered() {
        fixture.given(acknowledgedCase())
                .when(new ConfirmImplementationCommand(CASE_ID, OFFICE, RATED_AT))
                .expectNoEvents()
                .expectException(violation(CaseRules.CONFIRM_AFTER_ANSWER, CONFLICT));
    }

    @Test
    void shouldRefuseASecondConfirmationWhenImplementationIsAlreadyConfirmed() {
        fixture.given(answeredCase()).andGiven(new ImplementationConfirmedEvent(CASE_ID, UNIT, OFFICE, RATED_AT))
                .when(new ConfirmImplementationCommand(CASE_ID, OFFICE, RATED_AT))
                .expectNoEvents()
                .expectException(violation(CaseRules.CONFIRM_ONCE, CONFLICT));
    }

    @Test
    void shouldRefuseClosureWhenTheCaseIsNotAnswered() {
        fixture.given(acknowledgedCase())
                .when(new CloseCaseCommand(CASE_ID, "quiet-period", QUIET_UNTIL))
                .expectNoEvents()
                .expectException(violation(CaseRules.CLOSE_AFTER_ANSWER, CONFLICT));
    }

    @Test
    void shouldRefuseClosureWhenTheQuietPeriodHasNotPassed() {
        fixture.given(answeredCase())
                .when(new CloseCaseCommand(CASE_ID, "quiet-period", QUIET_UNTIL.minusSeconds(1)))
                .expectNoEvents()
                .expectException(violation(CaseRules.CLOSE_AFTER_QUIET_PERIOD, CONFLICT));
    }
}
