package org.huiying.routing.assignment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.huiying.support.domain.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.huiying.routing.assignment.ReturnCalendarFixture.at;

/** The 2-working-day return window (退回) on the official calendar: 遇节假日顺延, make-up working days count. */
class ReturnOverHolidaysTest {

    private static final String CASE = "anji-bbs:t-930";
    private static final String REASON = "属于县交通运输局职责范围";

    private FixtureConfiguration<Assignment> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Assignment.class);
        fixture.registerInjectableResource(ReturnCalendarFixture.standardPolicy());
    }

    @Test
    void shouldAcceptAReturnOnThursday2025Oct9WhenDispatchedTuesdaySep30BecauseOct1To8AreOffAndOct9IsTheFirstWorkingDay() {
        Instant oct9 = at("2025-10-09T16:00");
        fixture.given(dispatched(at("2025-09-30T10:00")))
                .when(new ReturnCaseCommand(CASE, "dipu", REASON, oct9))
                .expectEvents(new CaseReturnedEvent(CASE, "dipu", REASON, oct9),
                        new CaseQueuedForTriageEvent(CASE, "退回 returned by dipu: " + REASON, oct9));
    }

    @Test
    void shouldAcceptAReturnUntilFriday2025Oct10At10WhenDispatchedTuesdaySep30At10BecauseOct9AndOct10AreTheTwoWorkingDays() {
        Instant oct10At10 = at("2025-10-10T10:00");
        fixture.given(dispatched(at("2025-09-30T10:00")))
                .when(new ReturnCaseCommand(CASE, "dipu", REASON, oct10At10))
                .expectEvents(new CaseReturnedEvent(CASE, "dipu", REASON, oct10At10),
                        new CaseQueuedForTriageEvent(CASE, "退回 returned by dipu: " + REASON, oct10At10));
    }

    @Test
    void shouldRefuseAReturnOnFriday2025Oct10After10WhenDispatchedTuesdaySep30At10BecauseTheTwoWorkingDaysHaveRun() {
        fixture.given(dispatched(at("2025-09-30T10:00")))
                .when(new ReturnCaseCommand(CASE, "dipu", REASON, at("2025-10-10T10:01")))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString(at("2025-10-10T10:00").toString()));
    }

    @Test
    void shouldRefuseAReturnOnTuesday2026Feb24After10WhenDispatchedFridayFeb13At10BecauseMakeUpSaturdayFeb14Counts() {
        // Feb 14 (Sat, make-up) = 1, Feb 15–23 off, Feb 24 = 2: the window ends Feb 24 10:00, not Feb 25 10:00
        fixture.given(dispatched(at("2026-02-13T10:00")))
                .when(new ReturnCaseCommand(CASE, "dipu", REASON, at("2026-02-24T10:01")))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString(at("2026-02-24T10:00").toString()));
    }

    @Test
    void shouldAcceptAReturnOnMakeUpSaturday2026Feb14WhenDispatchedFridayFeb13BecauseItIsAWorkingDay() {
        Instant feb14 = at("2026-02-14T11:00");
        fixture.given(dispatched(at("2026-02-13T10:00")))
                .when(new ReturnCaseCommand(CASE, "dipu", REASON, feb14))
                .expectEvents(new CaseReturnedEvent(CASE, "dipu", REASON, feb14),
                        new CaseQueuedForTriageEvent(CASE, "退回 returned by dipu: " + REASON, feb14));
    }

    @Test
    void shouldAcceptAReturnOnTuesday2026Feb24MorningWhenDispatchedFridayFeb13BecauseTheSpringFestivalFeb15To23IsSkipped() {
        Instant feb24 = at("2026-02-24T09:30");
        fixture.given(dispatched(at("2026-02-13T10:00")))
                .when(new ReturnCaseCommand(CASE, "dipu", REASON, feb24))
                .expectEvents(new CaseReturnedEvent(CASE, "dipu", REASON, feb24),
                        new CaseQueuedForTriageEvent(CASE, "退回 returned by dipu: " + REASON, feb24));
    }

    @Test
    void shouldAcceptAReturnLateOnWednesday2026Feb25WhenDispatchedDuringTheSpringFestivalBecauseCountingStartsFeb24() {
        // dispatched on a day off: Feb 24 = 1, Feb 25 = 2, the window ends at the end of Feb 25
        Instant feb25Late = at("2026-02-25T23:59");
        fixture.given(dispatched(at("2026-02-18T15:00")))
                .when(new ReturnCaseCommand(CASE, "dipu", REASON, feb25Late))
                .expectEvents(new CaseReturnedEvent(CASE, "dipu", REASON, feb25Late),
                        new CaseQueuedForTriageEvent(CASE, "退回 returned by dipu: " + REASON, feb25Late));
    }

    @Test
    void shouldRefuseAReturnOnThursday2026Feb26WhenDispatchedDuringTheSpringFestivalBecauseFeb24AndFeb25HaveRun() {
        fixture.given(dispatched(at("2026-02-18T15:00")))
                .when(new ReturnCaseCommand(CASE, "dipu", REASON, at("2026-02-26T00:01")))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString(at("2026-02-26T00:00").toString()));
    }

    private static CaseAssignedEvent dispatched(Instant at) {
        return new CaseAssignedEvent(CASE, "dipu", List.of(), null, "舆情办 李明", at);
    }
}
