package org.huiying.routing.assignment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.huiying.support.domain.NotFoundException;
import org.huiying.support.domain.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentLifecycleTest {

    static final String CASE = "anji-bbs:t-501";
    /** Monday 2 March 2026, 10:00 in Asia/Shanghai. */
    static final Instant MONDAY_10 = Instant.parse("2026-03-02T02:00:00Z");
    static final AssignmentPolicy POLICY = ReturnCalendarFixture.standardPolicy();

    FixtureConfiguration<Assignment> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Assignment.class);
        fixture.registerInjectableResource(POLICY);
    }

    static CaseAssignedEvent byRule(String lead, Instant at) {
        return new CaseAssignedEvent(CASE, lead, List.of(), "kw-traffic", null, at);
    }

    static CaseQueuedForTriageEvent queued(Instant at) {
        return new CaseQueuedForTriageEvent(CASE, "no routing rule matched", at);
    }

    static AssignCaseCommand dispatch(String lead, List<String> coUnits, Instant at) {
        return new AssignCaseCommand(CASE, lead, coUnits, null, "舆情办 李明", at);
    }

    static CaseReturnedEvent returned(String unit, Instant at) {
        return new CaseReturnedEvent(CASE, unit, "不属于本单位职责", at);
    }

    static CaseTransferredEvent transferred(String from, String to, Instant at) {
        return new CaseTransferredEvent(CASE, from, to, List.of(), "职责调整", "舆情办 李明", at);
    }

    @Test
    void shouldAssignTheLeadAndCoUnitsWhenTheOfficeDispatchesACaseFromTriage() {
        fixture.given(queued(MONDAY_10))
                .when(dispatch("jiaotong", List.of("dipu"), MONDAY_10.plusSeconds(600)))
                .expectEvents(new CaseAssignedEvent(CASE, "jiaotong", List.of("dipu"), null, "舆情办 李明",
                        MONDAY_10.plusSeconds(600)));
    }

    @Test
    void shouldChangeTheCoUnitsWhenTheOfficeReDispatchesToTheSameLead() {
        fixture.given(byRule("jiaotong", MONDAY_10))
                .when(dispatch("jiaotong", List.of("dipu", "zhifa"), MONDAY_10.plusSeconds(60)))
                .expectEvents(new CaseAssignedEvent(CASE, "jiaotong", List.of("dipu", "zhifa"), null, "舆情办 李明",
                        MONDAY_10.plusSeconds(60)));
    }

    @Test
    void shouldRefuseADispatchToAnotherLeadWhenTheCaseAlreadyHasOne() {
        fixture.given(byRule("jiaotong", MONDAY_10))
                .when(dispatch("dipu", List.of(), MONDAY_10.plusSeconds(60)))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("transfer"));
    }

    @Test
    void shouldRefuseADispatchWhenTheLeadIsAlsoACoUnit() {
        fixture.given(queued(MONDAY_10))
                .when(dispatch("jiaotong", List.of("jiaotong"), MONDAY_10))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
    }

    @Test
    void shouldRefuseADispatchWhenNobodyIsNamedAsDeciding() {
        fixture.given(queued(MONDAY_10))
                .when(new AssignCaseCommand(CASE, "jiaotong", List.of(), null, " ", MONDAY_10))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
    }

    @Test
    void shouldAnswerNotFoundWhenTheOfficeDispatchesACaseRoutingNeverReceived() {
        fixture.givenNoPriorActivity()
                .when(dispatch("jiaotong", List.of(), MONDAY_10))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void shouldIgnoreARuleAssignmentWhenTheCaseIsAlreadyRouted() {
        fixture.given(queued(MONDAY_10))
                .when(new AssignCaseCommand(CASE, "jiaotong", List.of(), "kw-traffic", null, MONDAY_10))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void shouldReturnTheCaseToTriageWhenTheLeadUnitReturnsItWithinTheWindow() {
        Instant wednesday = MONDAY_10.plus(Duration.ofDays(2));
        fixture.given(byRule("dipu", MONDAY_10))
                .when(new ReturnCaseCommand(CASE, "dipu", "属于县交通运输局职责范围", wednesday))
                .expectEvents(new CaseReturnedEvent(CASE, "dipu", "属于县交通运输局职责范围", wednesday),
                        new CaseQueuedForTriageEvent(CASE, "退回 returned by dipu: 属于县交通运输局职责范围", wednesday));
    }

    @Test
    void shouldRefuseAReturnWhenTheWindowOfTwoWorkingDaysHasClosed() {
        Instant wednesdayLater = MONDAY_10.plus(Duration.ofDays(2)).plusSeconds(60);
        fixture.given(byRule("dipu", MONDAY_10))
                .when(new ReturnCaseCommand(CASE, "dipu", "不属于本单位职责", wednesdayLater))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("2026-03-04T02:00:00Z"));
    }

    @Test
    void shouldCountOnlyWorkingDaysWhenTheCaseWasAssignedBeforeAWeekend() {
        Instant friday10 = Instant.parse("2026-03-06T02:00:00Z");
        Instant tuesday9 = Instant.parse("2026-03-10T01:00:00Z");
        fixture.given(byRule("dipu", friday10))
                .when(new ReturnCaseCommand(CASE, "dipu", "不属于本单位职责", tuesday9))
                .expectEvents(returned("dipu", tuesday9), new CaseQueuedForTriageEvent(CASE,
                        "退回 returned by dipu: 不属于本单位职责", tuesday9));
    }

    @Test
    void shouldRefuseAReturnWhenNoReasonIsGiven() {
        fixture.given(byRule("dipu", MONDAY_10))
                .when(new ReturnCaseCommand(CASE, "dipu", "  ", MONDAY_10.plusSeconds(60)))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
    }

    @Test
    void shouldRefuseAReturnWhenTheUnitIsNotTheLead() {
        fixture.given(new CaseAssignedEvent(CASE, "jiaotong", List.of("dipu"), "kw-traffic", null, MONDAY_10))
                .when(new ReturnCaseCommand(CASE, "dipu", "不属于本单位职责", MONDAY_10.plusSeconds(60)))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
    }

    @Test
    void shouldRefuseAReturnWhenTheCaseWaitsInTriage() {
        fixture.given(queued(MONDAY_10))
                .when(new ReturnCaseCommand(CASE, "dipu", "不属于本单位职责", MONDAY_10.plusSeconds(60)))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
    }

    @Test
    void shouldStartANewWindowWhenTheCaseIsTransferredToAnotherUnit() {
        Instant thursday = MONDAY_10.plus(Duration.ofDays(3));
        Instant friday = MONDAY_10.plus(Duration.ofDays(4));
        fixture.given(byRule("dipu", MONDAY_10), transferred("dipu", "jiaotong", thursday))
                .when(new ReturnCaseCommand(CASE, "jiaotong", "不属于本单位职责", friday))
                .expectEvents(returned("jiaotong", friday), new CaseQueuedForTriageEvent(CASE,
                        "退回 returned by jiaotong: 不属于本单位职责", friday));
    }

    @Test
    void shouldMoveTheCaseWhenTheOfficeTransfersIt() {
        fixture.given(byRule("dipu", MONDAY_10))
                .when(new TransferCaseCommand(CASE, "jiaotong", List.of("dipu"), "信号配时由交通部门负责", "舆情办 李明",
                        MONDAY_10.plusSeconds(3600)))
                .expectEvents(new CaseTransferredEvent(CASE, "dipu", "jiaotong", List.of("dipu"), "信号配时由交通部门负责",
                        "舆情办 李明", MONDAY_10.plusSeconds(3600)));
    }

    @Test
    void shouldRefuseATransferWhenTheCaseWaitsInTriage() {
        fixture.given(queued(MONDAY_10))
                .when(new TransferCaseCommand(CASE, "jiaotong", List.of(), "职责调整", "舆情办 李明", MONDAY_10))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
    }

    @Test
    void shouldRefuseATransferWhenTheUnitAlreadyLeads() {
        fixture.given(byRule("jiaotong", MONDAY_10))
                .when(new TransferCaseCommand(CASE, "jiaotong", List.of(), "职责调整", "舆情办 李明", MONDAY_10))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
    }

    @Test
    void shouldRefuseATransferWhenNoReasonIsGiven() {
        fixture.given(byRule("dipu", MONDAY_10))
                .when(new TransferCaseCommand(CASE, "jiaotong", List.of(), "", "舆情办 李明", MONDAY_10))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
    }

    @Test
    void shouldAnswerNotFoundWhenAnUnknownCaseIsTransferred() {
        fixture.givenNoPriorActivity()
                .when(new TransferCaseCommand(CASE, "jiaotong", List.of(), "职责调整", "舆情办 李明", MONDAY_10))
                .expectNoEvents()
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }

    @Test
    void shouldFlagAProblemCaseWhenItIsTransferredTheThirdTime() {
        Instant at = MONDAY_10.plusSeconds(7200);
        fixture.given(byRule("dipu", MONDAY_10), transferred("dipu", "jiaotong", MONDAY_10.plusSeconds(60)),
                        returned("jiaotong", MONDAY_10.plusSeconds(120)), queued(MONDAY_10.plusSeconds(120)),
                        new CaseAssignedEvent(CASE, "zhujian", List.of(), null, "舆情办 李明",
                                MONDAY_10.plusSeconds(180)))
                .when(new TransferCaseCommand(CASE, "zhifa", List.of(), "职责调整", "舆情办 李明", at))
                .expectEvents(new CaseTransferredEvent(CASE, "zhujian", "zhifa", List.of(), "职责调整", "舆情办 李明", at),
                        new CaseFlaggedAsProblemEvent(CASE, ProblemCause.HANDOVERS,
                                "退回或转办 3 次 returned or transferred 3 times", 3, at));
    }

    @Test
    void shouldFlagAProblemCaseWhenItIsReturnedTheThirdTime() {
        Instant at = MONDAY_10.plusSeconds(7200);
        fixture.given(byRule("dipu", MONDAY_10), returned("dipu", MONDAY_10.plusSeconds(60)),
                        queued(MONDAY_10.plusSeconds(60)),
                        new CaseAssignedEvent(CASE, "jiaotong", List.of(), null, "舆情办 李明", MONDAY_10.plusSeconds(90)),
                        returned("jiaotong", MONDAY_10.plusSeconds(120)), queued(MONDAY_10.plusSeconds(120)),
                        new CaseAssignedEvent(CASE, "zhujian", List.of(), null, "舆情办 李明",
                                MONDAY_10.plusSeconds(180)))
                .when(new ReturnCaseCommand(CASE, "zhujian", "不属于本单位职责", at))
                .expectEvents(returned("zhujian", at),
                        new CaseQueuedForTriageEvent(CASE, "退回 returned by zhujian: 不属于本单位职责", at),
                        new CaseFlaggedAsProblemEvent(CASE, ProblemCause.HANDOVERS,
                                "退回或转办 3 次 returned or transferred 3 times", 3, at));
    }

    @Test
    void shouldNotFlagAgainWhenAProblemCaseIsTransferredOnceMore() {
        Instant at = MONDAY_10.plusSeconds(7200);
        fixture.given(byRule("dipu", MONDAY_10), transferred("dipu", "jiaotong", MONDAY_10),
                        transferred("jiaotong", "dipu", MONDAY_10), transferred("dipu", "jiaotong", MONDAY_10),
                        new CaseFlaggedAsProblemEvent(CASE, ProblemCause.HANDOVERS, "3", 3, MONDAY_10))
                .when(new TransferCaseCommand(CASE, "zhifa", List.of(), "职责调整", "舆情办 李明", at))
                .expectEvents(new CaseTransferredEvent(CASE, "jiaotong", "zhifa", List.of(), "职责调整", "舆情办 李明",
                        at));
    }

    @Test
    void shouldFlagAProblemCaseWhenItWaitedWithoutALeadLongerThanAllowed() {
        Instant nextDay = MONDAY_10.plus(Duration.ofHours(24));
        fixture.given(queued(MONDAY_10))
                .when(new FlagProblemCaseCommand(CASE, nextDay))
                .expectEvents(new CaseFlaggedAsProblemEvent(CASE, ProblemCause.NO_LEAD,
                        "无牵头单位超过 PT24H no lead unit for too long", 0, nextDay));
    }

    @Test
    void shouldNotFlagWhenTheCaseGotALeadOrHasNotWaitedLongEnough() {
        fixture.given(queued(MONDAY_10))
                .when(new FlagProblemCaseCommand(CASE, MONDAY_10.plus(Duration.ofHours(23))))
                .expectNoEvents();
        fixture.given(queued(MONDAY_10), new CaseAssignedEvent(CASE, "dipu", List.of(), null, "舆情办 李明", MONDAY_10))
                .when(new FlagProblemCaseCommand(CASE, MONDAY_10.plus(Duration.ofDays(3))))
                .expectNoEvents();
    }

    @Test
    void shouldEndTheWindowAtTheEndOfTheSecondWorkingDayWhenAssignedOnASunday() {
        Instant sunday = Instant.parse("2026-03-08T04:00:00Z");

        Instant until = POLICY.returnableUntil(sunday);

        assertThat(until).isEqualTo(Instant.parse("2026-03-10T16:00:00Z"));
    }
}
