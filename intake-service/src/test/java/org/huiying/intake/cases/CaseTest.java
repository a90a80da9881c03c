package org.huiying.intake.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.huiying.intake.cases.CaseFixture.postReceived;
import static org.huiying.intake.cases.CaseFixture.receivePost;

class CaseTest {

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
    }

    @Test
    void shouldOpenTheCaseWithEveryFieldOfThePostWhenAPostIsReceived() {
        fixture.givenNoPriorActivity()
                .when(receivePost())
                .expectSuccessfulHandlerExecution()
                .expectEvents(postReceived());
    }

    @Test
    void shouldEmitNothingWhenTheScraperResendsThePost() {
        fixture.given(postReceived())
                .when(receivePost(Instant.parse("2026-03-02T01:20:00Z")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
