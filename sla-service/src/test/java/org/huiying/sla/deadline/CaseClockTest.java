package org.huiying.sla.deadline;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.huiying.contracts.sla.DeadlineKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.huiying.sla.deadline.CaseClockFixture.ANSWER_DUE;
import static org.huiying.sla.deadline.CaseClockFixture.ASSIGNED_AT;
import static org.huiying.sla.deadline.CaseClockFixture.CASE_ID;
import static org.huiying.sla.deadline.CaseClockFixture.DIPU;
import static org.huiying.sla.deadline.CaseClockFixture.JIAOTONG;
import static org.huiying.sla.deadline.CaseClockFixture.RESPONSE_DUE;
import static org.huiying.sla.deadline.CaseClockFixture.TRANSFERRED_AT;
import static org.huiying.sla.deadline.CaseClockFixture.anjiDeadlines;
import static org.huiying.sla.deadline.CaseClockFixture.assigned;
import static org.huiying.sla.deadline.CaseClockFixture.chargedBeforeThePost;
import static org.huiying.sla.deadline.CaseClockFixture.chargedWithDeadlines;
import static org.huiying.sla.deadline.CaseClockFixture.clockStarted;
import static org.huiying.sla.deadline.CaseClockFixture.postReceived;

class CaseClockTest {

    private static final Instant LATE = ANSWER_DUE.plus(Duration.ofHours(2));

    private AggregateTestFixture<CaseClock> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CaseClock.class);
        fixture.registerInjectableResource(anjiDeadlines());
    }

    @Test
    void shouldSetTheDeadlinesFromThePostingTimeWhenThePostArrivesFirst() {
        fixture.givenNoPriorActivity()
                .when(postReceived())
                .expectSuccessfulHandlerExecution()
                .expectEvents(clockStarted(null));
    }

    @Test
    void shouldChargeTheUnitWithTheDeadlinesWhenTheAssignmentFollowsThePost() {
        fixture.given(clockStarted(null))
                .when(assigned(JIAOTONG, ASSIGNED_AT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(chargedWithDeadlines(JIAOTONG, ASSIGNED_AT));
    }

    @Test
    void shouldChargeTheUnitWithoutDeadlinesWhenTheAssignmentArrivesBeforeThePost() {
        fixture.givenNoPriorActivity()
                .when(assigned(JIAOTONG, ASSIGNED_AT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(chargedBeforeThePost(JIAOTONG, ASSIGNED_AT));
    }

    @Test
    void shouldSetTheDeadlinesForTheChargedUnitWhenThePostFollowsTheAssignment() {
        fixture.given(chargedBeforeThePost(JIAOTONG, ASSIGNED_AT))
                .when(postReceived())
                .expectSuccessfulHandlerExecution()
                .expectEvents(clockStarted(JIAOTONG));
    }

    @Test
    void shouldChargeTheSameUnitTheSameDeadlinesWhenThePostCameFirst() {
        // given the post, then the assignment
        fixture.given(clockStarted(null), chargedWithDeadlines(JIAOTONG, ASSIGNED_AT))
                // when the answer deadline has passed
                .when(new RecordDeadlineMissedCommand(CASE_ID, DeadlineKind.ANSWER, LATE))
                // then
                .expectEvents(new DeadlineMissedEvent(CASE_ID, JIAOTONG, DeadlineKind.ANSWER, ANSWER_DUE, LATE));
    }

    @Test
    void shouldChargeTheSameUnitTheSameDeadlinesWhenTheAssignmentCameFirst() {
        // given the assignment, then the post
        fixture.given(chargedBeforeThePost(JIAOTONG, ASSIGNED_AT), clockStarted(JIAOTONG))
                // when the answer deadline has passed
                .when(new RecordDeadlineMissedCommand(CASE_ID, DeadlineKind.ANSWER, LATE))
                // then
                .expectEvents(new DeadlineMissedEvent(CASE_ID, JIAOTONG, DeadlineKind.ANSWER, ANSWER_DUE, LATE));
    }

    @Test
    void shouldEmitNothingWhenThePostIsRedelivered() {
        fixture.given(clockStarted(null), chargedWithDeadlines(JIAOTONG, ASSIGNED_AT))
                .when(postReceived())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shouldEmitNothingWhenTheAssignmentIsRedelivered() {
        fixture.given(clockStarted(null), chargedWithDeadlines(JIAOTONG, ASSIGNED_AT))
                .when(assigned(JIAOTONG, ASSIGNED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shouldChargeTheNewUnitWithTheSameDeadlinesWhenTheCaseIsTransferred() {
        fixture.given(clockStarted(null), chargedWithDeadlines(JIAOTONG, ASSIGNED_AT))
                .when(assigned(DIPU, TRANSFERRED_AT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(chargedWithDeadlines(DIPU, TRANSFERRED_AT));
    }

    @Test
    void shouldEmitNothingWhenAnOlderAssignmentArrivesAfterANewerOne() {
        fixture.given(clockStarted(null), chargedWithDeadlines(DIPU, TRANSFERRED_AT))
                .when(assigned(JIAOTONG, ASSIGNED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shouldRecordTheMissedResponseWhenItsDeadlineHasPassed() {
        Instant sweptAt = RESPONSE_DUE.plusSeconds(30);

        fixture.given(clockStarted(null), chargedWithDeadlines(JIAOTONG, ASSIGNED_AT))
                .when(new RecordDeadlineMissedCommand(CASE_ID, DeadlineKind.RESPONSE, sweptAt))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DeadlineMissedEvent(CASE_ID, JIAOTONG, DeadlineKind.RESPONSE, RESPONSE_DUE,
                        sweptAt));
    }

    @Test
    void shouldRecordTheMissedDeadlineOnlyOnceWhenTheSweeperFindsItAgain() {
        fixture.given(clockStarted(null), chargedWithDeadlines(JIAOTONG, ASSIGNED_AT),
                        new DeadlineMissedEvent(CASE_ID, JIAOTONG, DeadlineKind.RESPONSE, RESPONSE_DUE,
                                RESPONSE_DUE.plusSeconds(30)))
                .when(new RecordDeadlineMissedCommand(CASE_ID, DeadlineKind.RESPONSE, RESPONSE_DUE.plusSeconds(90)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shouldRecordNothingWhenTheDeadlineIsNotDueYet() {
        fixture.given(clockStarted(null), chargedWithDeadlines(JIAOTONG, ASSIGNED_AT))
                .when(new RecordDeadlineMissedCommand(CASE_ID, DeadlineKind.ANSWER, ANSWER_DUE.minusSeconds(1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shouldRecordNothingWhenThePostHasNotArrivedYet() {
        fixture.given(chargedBeforeThePost(JIAOTONG, ASSIGNED_AT))
                .when(new RecordDeadlineMissedCommand(CASE_ID, DeadlineKind.RESPONSE, LATE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
