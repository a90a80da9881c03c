package org.huiying.intake.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.huiying.contracts.intake.Channel;
import org.huiying.intake.cases.answer.AnswerApprovedEvent;
import org.huiying.intake.cases.answer.AnswerDraftedEvent;
import org.huiying.intake.cases.answer.AnswerPublishedEvent;
import org.huiying.intake.cases.answer.AnswerReturnedEvent;
import org.huiying.intake.cases.answer.ApproveAnswerCommand;
import org.huiying.intake.cases.answer.DraftAnswerCommand;
import org.huiying.intake.cases.answer.MarkReplyAsAnswerCommand;
import org.huiying.intake.cases.answer.PublishAnswerCommand;
import org.huiying.intake.cases.answer.ReplyMarkedAsAnswerEvent;
import org.huiying.intake.cases.answer.ReturnAnswerCommand;
import org.huiying.intake.cases.outcome.CaseReopenedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.huiying.intake.cases.CaseFixture.CASE_ID;
import static org.huiying.intake.cases.CaseFixture.postReceived;
import static org.huiying.intake.cases.LifecycleFixture.*;
import static org.huiying.support.domain.RuleViolationException.Kind.CONFLICT;
import static org.huiying.support.domain.RuleViolationException.Kind.UNPROCESSABLE;

/** 办结答复: drafted or a scraped reply named as the answer; approved by a spokesperson or the office, or returned. */
class CaseAnswerTest {

    private static final String TEXT = "经现场查看，行人绿灯已调整为30秒。";

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(POLICY);
    }

    @Test
    void shouldRecordTheDraftWhenTheAssignedUnitDraftsAnAnswer() {
        fixture.given(acknowledgedCase())
                .when(new DraftAnswerCommand(CASE_ID, UNIT, LIAISON, TEXT, NOW))
                .expectEvents(drafted());
    }

    @Test
    void shouldApproveTheDraftWhenSomeoneElseOfTheUnitApprovesIt() {
        fixture.given(acknowledgedCase()).andGiven(drafted())
                .when(new ApproveAnswerCommand(CASE_ID, UNIT, SPOKESPERSON, true, NOW.plusSeconds(600)))
                .expectEvents(approved());
    }

    @Test
    void shouldApproveTheDraftWhenTheOfficeApprovesIt() {
        fixture.given(acknowledgedCase()).andGiven(drafted())
                .when(new ApproveAnswerCommand(CASE_ID, null, OFFICE, false, NOW))
                .expectEvents(new AnswerApprovedEvent(CASE_ID, UNIT, OFFICE, NOW));
    }

    @Test
    void shouldReturnTheDraftWithTheCommentWhenTheSpokespersonReturnsIt() {
        fixture.given(acknowledgedCase()).andGiven(drafted())
                .when(new ReturnAnswerCommand(CASE_ID, UNIT, SPOKESPERSON, "请写明调整日期", NOW))
                .expectEvents(new AnswerReturnedEvent(CASE_ID, UNIT, SPOKESPERSON, "请写明调整日期", NOW));
    }

    @Test
    void shouldAcceptANewDraftWhenThePreviousOneWasReturned() {
        fixture.given(acknowledgedCase())
                .andGiven(drafted(), new AnswerReturnedEvent(CASE_ID, UNIT, SPOKESPERSON, "请写明调整日期", NOW))
                .when(new DraftAnswerCommand(CASE_ID, UNIT, LIAISON, TEXT, NOW))
                .expectEvents(drafted());
    }

    @Test
    void shouldPublishTheApprovedAnswerWhenTheUnitPublishesIt() {
        fixture.given(acknowledgedCase()).andGiven(drafted(), approved())
                .when(new PublishAnswerCommand(CASE_ID, UNIT, LIAISON, ANSWERED_AT))
                .expectEvents(published());
    }

    @Test
    void shouldHoldTheReplyForApprovalWhenTheUnitNamesItsRegisteredReplyAsTheAnswer() {
        fixture.given(acknowledgedCase())
                .when(new MarkReplyAsAnswerCommand(CASE_ID, UNIT, "p-5512", LIAISON, NOW))
                .expectEvents(marked());
    }

    @Test
    void shouldPublishTheNamedReplyAtItsPostingTimeWhenTheSpokespersonApprovesIt() {
        fixture.given(acknowledgedCase()).andGiven(marked())
                .when(new ApproveAnswerCommand(CASE_ID, UNIT, SPOKESPERSON, true, ANSWERED_AT))
                .expectEvents(new AnswerApprovedEvent(CASE_ID, UNIT, SPOKESPERSON, ANSWERED_AT),
                        new AnswerPublishedEvent(CASE_ID, UNIT, Channel.FORUM, "p-5512", "您好，已收到，正在处理。",
                                UNIT_ACCOUNT, SPOKESPERSON, LIAISON, REPLY_AT));
    }

    @Test
    void shouldPublishTheNamedReplyWhenTheOfficeApprovesIt() {
        fixture.given(acknowledgedCase()).andGiven(marked())
                .when(new ApproveAnswerCommand(CASE_ID, null, OFFICE, false, ANSWERED_AT))
                .expectEvents(new AnswerApprovedEvent(CASE_ID, UNIT, OFFICE, ANSWERED_AT),
                        new AnswerPublishedEvent(CASE_ID, UNIT, Channel.FORUM, "p-5512", "您好，已收到，正在处理。",
                                UNIT_ACCOUNT, OFFICE, LIAISON, REPLY_AT));
    }

    @Test
    void shouldRefuseApprovalWhenTheApproverNamedTheReply() {
        fixture.given(acknowledgedCase()).andGiven(new ReplyMarkedAsAnswerEvent(CASE_ID, UNIT, "p-5512",
                        SPOKESPERSON, NOW))
                .when(new ApproveAnswerCommand(CASE_ID, UNIT, SPOKESPERSON, true, ANSWERED_AT))
                .expectNoEvents()
                .expectException(violation(CaseRules.NO_SELF_APPROVAL, UNPROCESSABLE));
    }

    @Test
    void shouldRefuseApprovalWhenAUnitUserWhoIsNotASpokespersonApprovesADraft() {
        fixture.given(acknowledgedCase())
                .andGiven(new AnswerDraftedEvent(CASE_ID, UNIT, SPOKESPERSON, "经现场查看，行人绿灯已调整为30秒。", NOW))
                .when(new ApproveAnswerCommand(CASE_ID, UNIT, LIAISON, false, NOW))
                .expectNoEvents()
                .expectException(violation(CaseRules.SPOKESPERSON_APPROVES, UNPROCESSABLE));
    }

    @Test
    void shouldRefuseApprovalWhenAUnitUserWhoIsNotASpokespersonApprovesANamedReply() {
        fixture.given(acknowledgedCase()).andGiven(new ReplyMarkedAsAnswerEvent(CASE_ID, UNIT, "p-5512",
                        SPOKESPERSON, NOW))
                .when(new ApproveAnswerCommand(CASE_ID, UNIT, LIAISON, false, ANSWERED_AT))
                .expectNoEvents()
                .expectException(violation(CaseRules.SPOKESPERSON_APPROVES, UNPROCESSABLE));
    }

    @Test
    void shouldRefuseApprovalWhenASpokespersonOfAnotherUnitApproves() {
        fixture.given(acknowledgedCase()).andGiven(marked())
                .when(new ApproveAnswerCommand(CASE_ID, OTHER_UNIT, "dipu-spokesperson", true, ANSWERED_AT))
                .expectNoEvents()
                .expectException(violation(CaseRules.ASSIGNED_UNIT_ONLY, CONFLICT));
    }

    @Test
    void shouldRefuseToNameAReplyWhenADraftAwaitsApproval() {
        fixture.given(acknowledgedCase()).andGiven(drafted())
                .when(new MarkReplyAsAnswerCommand(CASE_ID, UNIT, "p-5512", LIAISON, NOW))
                .expectNoEvents()
                .expectException(violation(CaseRules.DRAFT_AWAITING_APPROVAL, CONFLICT));
    }

    @Test
    void shouldRefuseADraftWhenANamedReplyAwaitsApproval() {
        fixture.given(acknowledgedCase()).andGiven(marked())
                .when(new DraftAnswerCommand(CASE_ID, UNIT, LIAISON, TEXT, NOW))
                .expectNoEvents()
                .expectException(violation(CaseRules.DRAFT_AWAITING_APPROVAL, CONFLICT));
    }

    @Test
    void shouldAcceptADraftWhenTheNamedReplyWasReturned() {
        fixture.given(acknowledgedCase())
                .andGiven(marked(), new AnswerReturnedEvent(CASE_ID, UNIT, SPOKESPERSON, "这条只是受理回复", NOW))
                .when(new DraftAnswerCommand(CASE_ID, UNIT, LIAISON, TEXT, NOW))
                .expectEvents(drafted());
    }

    @Test
    void shouldAcceptAnAnswerWithoutAcknowledgementWhenThePolicyAllowsIt() {
        fixture = fixture(new CasePolicy(false, true, Duration.ofDays(7)));
        fixture.given(postReceived(), assigned())
                .when(new DraftAnswerCommand(CASE_ID, UNIT, LIAISON, TEXT, NOW))
                .expectEvents(drafted());
    }

    @Test
    void shouldAcceptANewAnswerWhenTheCaseWasReopened() {
        fixture.given(answeredCase())
                .andGiven(new CaseReopenedEvent(CASE_ID, UNIT, "不满意", NOW.plusSeconds(86_400 * 3)))
                .when(new DraftAnswerCommand(CASE_ID, UNIT, LIAISON, TEXT, NOW))
                .expectEvents(drafted());
    }

    @Test
    void shouldRefuseADraftWhenTheCaseIsNotAcknowledgedAndThePolicyRequiresIt() {
        fixture.given(postReceived(), assigned())
                .when(new DraftAnswerCommand(CASE_ID, UNIT, LIAISON, TEXT, NOW))
                .expectNoEvents()
                .expectException(violation(CaseRules.ANSWER_AFTER_ACKNOWLEDGEMENT, CONFLICT));
    }

    @Test
    void shouldRefuseADraftWhenTheCaseIsAssignedToAnotherUnit() {
        fixture.given(acknowledgedCase())
                .when(new DraftAnswerCommand(CASE_ID, OTHER_UNIT, "dipu-liaison", TEXT, NOW))
                .expectNoEvents()
                .expectException(violation(CaseRules.ASSIGNED_UNIT_ONLY, CONFLICT));
    }

    @Test
    void shouldRefuseASecondDraftWhenOneAwaitsApproval() {
        fixture.given(acknowledgedCase()).andGiven(drafted())
                .when(new DraftAnswerCommand(CASE_ID, UNIT, LIAISON, TEXT, NOW))
                .expectNoEvents()
                .expectException(violation(CaseRules.DRAFT_AWAITING_APPROVAL, CONFLICT));
    }

    @Test
    void shouldRefuseApprovalWhenTheApproverDraftedTheAnswer() {
        fixture.given(acknowledgedCase()).andGiven(drafted())
                .when(new ApproveAnswerCommand(CASE_ID, UNIT, LIAISON, false, NOW))
                .expectNoEvents()
                .expectException(violation(CaseRules.NO_SELF_APPROVAL, UNPROCESSABLE));
    }

    @Test
    void shouldRefuseApprovalWhenNoDraftAwaitsIt() {
        fixture.given(acknowledgedCase())
                .when(new ApproveAnswerCommand(CASE_ID, UNIT, SPOKESPERSON, true, NOW))
                .expectNoEvents()
                .expectException(violation(CaseRules.PENDING_DRAFT_ONLY, CONFLICT));
    }

    @Test
    void shouldRefuseToReturnADraftWhenNoCommentIsGiven() {
        fixture.given(acknowledgedCase()).andGiven(drafted())
                .when(new ReturnAnswerCommand(CASE_ID, UNIT, SPOKESPERSON, "", NOW))
                .expectNoEvents()
                .expectException(violation(CaseRules.RETURN_WITH_COMMENT, UNPROCESSABLE));
    }

    @Test
    void shouldRefusePublicationWhenTheDraftIsNotApproved() {
        fixture.given(acknowledgedCase()).andGiven(drafted())
                .when(new PublishAnswerCommand(CASE_ID, UNIT, LIAISON, ANSWERED_AT))
                .expectNoEvents()
                .expectException(violation(CaseRules.PUBLISH_APPROVED_ONLY, CONFLICT));
    }

    @Test
    void shouldRefuseASecondAnswerWhenTheCaseIsAlreadyAnswered() {
        fixture.given(answeredCase())
                .when(new MarkReplyAsAnswerCommand(CASE_ID, UNIT, "p-5512", LIAISON, NOW))
                .expectNoEvents()
                .expectException(violation(CaseRules.ANSWER_ONCE, CONFLICT));
    }

    @Test
    void shouldRefuseToMarkAReplyWhenItIsNotByTheUnitsRegisteredAccount() {
        fixture.given(acknowledgedCase()).andGiven(replyRecorded("p-5513", OTHER_ACCOUNT, OTHER_UNIT, REPLY_AT))
                .when(new MarkReplyAsAnswerCommand(CASE_ID, UNIT, "p-5513", LIAISON, NOW))
                .expectNoEvents()
                .expectException(violation(CaseRules.FINAL_ANSWER_FROM_OWN_REPLY, UNPROCESSABLE));
    }

    private static ReplyMarkedAsAnswerEvent marked() {
        return new ReplyMarkedAsAnswerEvent(CASE_ID, UNIT, "p-5512", LIAISON, NOW);
    }
}
