package org.huiying.intake.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.huiying.contracts.intake.Channel;
import org.huiying.intake.cases.inquiry.InformationRequestedEvent;
import org.huiying.intake.cases.inquiry.RequestInformationCommand;
import org.huiying.intake.cases.outcome.CaseClosedEvent;
import org.huiying.intake.cases.reply.FollowUpAddedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.huiying.intake.cases.CaseFixture.CASE_ID;
import static org.huiying.intake.cases.CaseFixture.postReceived;
import static org.huiying.intake.cases.LifecycleFixture.LIAISON;
import static org.huiying.intake.cases.LifecycleFixture.NETIZEN;
import static org.huiying.intake.cases.LifecycleFixture.NOW;
import static org.huiying.intake.cases.LifecycleFixture.OTHER_UNIT;
import static org.huiying.intake.cases.LifecycleFixture.POLICY;
import static org.huiying.intake.cases.LifecycleFixture.UNIT;
import static org.huiying.intake.cases.LifecycleFixture.acknowledgedCase;
import static org.huiying.intake.cases.LifecycleFixture.answeredCase;
import static org.huiying.intake.cases.LifecycleFixture.assigned;
import static org.huiying.intake.cases.LifecycleFixture.fixture;
import static org.huiying.intake.cases.LifecycleFixture.reply;
import static org.huiying.intake.cases.LifecycleFixture.violation;
import static org.huiying.support.domain.RuleViolationException.Kind.CONFLICT;
import static org.huiying.support.domain.RuleViolationException.Kind.UNPROCESSABLE;

/** 请网民补充情况: the lead unit asks the netizen for information, and the netizen's follow-up answers it. */
class CaseInquiryTest {

    private static final String QUESTION = "请补充具体路口和时段，以便现场核实。";
    private static final Instant FOLLOWED_UP_AT = NOW.plusSeconds(7_200);

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(POLICY);
    }

    @Test
    void shouldRecordTheRequestWithItsPublicTextWhenTheLeadUnitAsksAfterAcknowledging() {
        fixture.given(acknowledgedCase())
                .when(ask(UNIT, "  " + QUESTION + " "))
                .expectEvents(requested(NOW));
    }

    @Test
    void shouldRefuseWhenAnotherUnitAsks() {
        fixture.given(acknowledgedCase())
                .when(ask(OTHER_UNIT, QUESTION))
                .expectNoEvents()
                .expectException(violation(CaseRules.ASSIGNED_UNIT_ONLY, CONFLICT));
    }

    @Test
    void shouldRefuseWhenTheCaseIsNotAcknowledgedYet() {
        fixture.given(postReceived(), assigned())
                .when(ask(UNIT, QUESTION))
                .expectNoEvents()
                .expectException(violation(CaseRules.INFORMATION_AFTER_ACKNOWLEDGEMENT, CONFLICT));
    }

    @Test
    void shouldRefuseWhenTheCaseIsAlreadyAnswered() {
        fixture.given(answeredCase())
                .when(ask(UNIT, QUESTION))
                .expectNoEvents()
                .expectException(violation(CaseRules.INFORMATION_BEFORE_ANSWER, CONFLICT));
    }

    @Test
    void shouldRefuseWhenTheCaseIsClosed() {
        fixture.given(answeredCase()).andGiven(new CaseClosedEvent(CASE_ID, UNIT, "quiet-period", NOW))
                .when(ask(UNIT, QUESTION))
                .expectNoEvents()
                .expectException(violation(CaseRules.CASE_CLOSED, CONFLICT));
    }

    @Test
    void shouldRefuseWhenTheQuestionIsBlank() {
        fixture.given(acknowledgedCase())
                .when(ask(UNIT, " "))
                .expectNoEvents()
                .expectException(violation(CaseRules.INFORMATION_TEXT_REQUIRED, UNPROCESSABLE));
    }

    @Test
    void shouldRefuseASecondRequestWhileTheNetizenHasNotFollowedUp() {
        fixture.given(acknowledgedCase()).andGiven(requested(NOW))
                .when(new RequestInformationCommand(CASE_ID, UNIT, LIAISON, "还有照片吗？", NOW.plusSeconds(60)))
                .expectNoEvents()
                .expectException(violation(CaseRules.INFORMATION_REQUEST_OPEN, CONFLICT));
    }

    @Test
    void shouldStillRefuseWhenTheOnlyFollowUpWasPostedBeforeTheRequest() {
        fixture.given(acknowledgedCase()).andGiven(requested(NOW),
                        new FollowUpAddedEvent(CASE_ID, "p-5540", "补充：早高峰最明显。", NOW.minusSeconds(60), NOW))
                .when(new RequestInformationCommand(CASE_ID, UNIT, LIAISON, "还有照片吗？", NOW.plusSeconds(60)))
                .expectNoEvents()
                .expectException(violation(CaseRules.INFORMATION_REQUEST_OPEN, CONFLICT));
    }

    @Test
    void shouldAllowANewRequestOnceTheNetizenFollowedUp() {
        Instant again = FOLLOWED_UP_AT.plusSeconds(600);
        fixture.given(acknowledgedCase()).andGiven(requested(NOW))
                .andGivenCommands(reply("p-5540", NETIZEN, null, FOLLOWED_UP_AT))
                .when(new RequestInformationCommand(CASE_ID, UNIT, LIAISON, "还有照片吗？", again))
                .expectEvents(new InformationRequestedEvent(CASE_ID, UNIT, Channel.API, LIAISON, "还有照片吗？",
                        again));
    }

    private static RequestInformationCommand ask(String unitId, String text) {
        return new RequestInformationCommand(CASE_ID, unitId, LIAISON, text, NOW);
    }

    private static InformationRequestedEvent requested(Instant at) {
        return new InformationRequestedEvent(CASE_ID, UNIT, Channel.API, LIAISON, QUESTION, at);
    }
}
