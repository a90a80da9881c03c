package org.huiying.routing.assignment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.huiying.routing.assignment.AssignmentFixture.REDELIVERED_AT;
import static org.huiying.routing.assignment.AssignmentFixture.ROUTED_AT;
import static org.huiying.routing.assignment.AssignmentFixture.assignByRule;
import static org.huiying.routing.assignment.AssignmentFixture.assignedByRule;
import static org.huiying.routing.assignment.AssignmentFixture.dispatchByOffice;
import static org.huiying.routing.assignment.AssignmentFixture.dispatchedByOffice;
import static org.huiying.routing.assignment.AssignmentFixture.queueForTriage;
import static org.huiying.routing.assignment.AssignmentFixture.queuedForTriage;

class AssignmentTest {

    private AggregateTestFixture<Assignment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Assignment.class);
    }

    @Test
    void shouldAssignTheLeadAndCoUnitsWhenARuleRoutesANewCase() {
        fixture.givenNoPriorActivity()
                .when(assignByRule(ROUTED_AT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(assignedByRule());
    }

    @Test
    void shouldQueueTheCaseForTriageWhenNoRuleMatchedANewCase() {
        fixture.givenNoPriorActivity()
                .when(queueForTriage(ROUTED_AT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(queuedForTriage());
    }

    @Test
    void shouldEmitNothingWhenTheRoutedPostIsRedelivered() {
        fixture.given(assignedByRule())
                .when(assignByRule(REDELIVERED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shouldNotQueueTheCaseAgainWhenItWaitsInTriageAlready() {
        fixture.given(queuedForTriage())
                .when(queueForTriage(REDELIVERED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shouldNotQueueTheCaseForTriageWhenARuleHasAssignedIt() {
        fixture.given(assignedByRule())
                .when(queueForTriage(REDELIVERED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shouldAssignTheUnitTheOfficeChoseWhenADispatcherDispatchesATriagedCase() {
        fixture.given(queuedForTriage())
                .when(dispatchByOffice())
                .expectSuccessfulHandlerExecution()
                .expectEvents(dispatchedByOffice());
    }
}
