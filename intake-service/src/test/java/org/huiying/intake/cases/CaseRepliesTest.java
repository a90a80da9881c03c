package org.huiying.intake.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.huiying.contracts.intake.Channel;
import org.huiying.intake.cases.outcome.CaseClosedEvent;
import org.huiying.intake.cases.reply.AcknowledgeCaseCommand;
import org.huiying.intake.cases.reply.AttributeRepliesCommand;
import org.huiying.intake.cases.reply.FollowUpAddedEvent;
import org.huiying.intake.cases.reply.ProgressReportedEvent;
import org.huiying.intake.cases.reply.RecordAssignmentCommand;
import org.huiying.intake.cases.reply.RepliesAttributedEvent;
import org.huiying.intake.cases.reply.ReportProgressCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.huiying.intake.cases.CaseFixture.CASE_ID;
import static org.huiying.intake.cases.CaseFixture.postReceived;
import static org.huiying.intake.cases.LifecycleFixture.*;
import static org.huiying.support.domain.RuleViolationException.Kind.CONFLICT;

/** What the thread's posts mean for the case, and the unit's responses over the API. */
class CaseRepliesTest {

    private static final Instant SECOND_REPLY_AT = REPLY_AT.plusSeconds(3_600);

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(POLICY);
    }

    @Test
    void shouldAddAFollowUpWhenTheNetizenPostsAgainInTheThread() {
        fixture.given(postReceived(), assigned())
                .when(reply("p-5520", NETIZEN, null, REPLY_AT))
                .expectEvents(new FollowUpAddedEvent(CASE_ID, "p-5520", "您好，已收到，正在处理。", REPLY_AT,
                        REPLY_AT.plusSeconds(61)));
    }

    @Test
    void shouldAcknowledgeAtTheReplyTimeWhenARegisteredAccountOfTheAssignedUnitReplies() {
        fixture.given(postReceived(), assigned())
                .when(reply("p-5512", UNIT_ACCOUNT, UNIT, REPLY_AT))
                .expectEvents(replyRecorded("p-5512", UNIT_ACCOUNT, UNIT, REPLY_AT),
                        acknowledgedOnForum("p-5512", REPLY_AT));
    }

    @Test
    void shouldReportProgressWhenTheAssignedUnitRepliesAgainAfterAcknowledging() {
        fixture.given(acknowledgedCase())
                .when(reply("p-5530", UNIT_ACCOUNT, UNIT, SECOND_REPLY_AT))
                .expectEvents(replyRecorded("p-5530", UNIT_ACCOUNT, UNIT, SECOND_REPLY_AT),
                        new ProgressReportedEvent(CASE_ID, UNIT, Channel.FORUM, "p-5530", UNIT_ACCOUNT,
                                "您好，已收到，正在处理。", SECOND_REPLY_AT));
    }

    @Test
    void shouldRecordButNotCreditWhenAnAccountOfAnUnassignedUnitReplies() {
        fixture.given(postReceived(), assigned())
                .when(reply("p-5513", OTHER_ACCOUNT, OTHER_UNIT, REPLY_AT))
                .expectEvents(replyRecorded("p-5513", OTHER_ACCOUNT, OTHER_UNIT, REPLY_AT));
    }

    @Test
    void shouldRecordWithoutCreditWhenAnUnregisteredAccountReplies() {
        fixture.given(postReceived(), assigned())
                .when(reply("p-5514", "路人甲", null, REPLY_AT))
                .expectEvents(replyRecorded("p-5514", "路人甲", null, REPLY_AT));
    }

    @Test
    void shouldEmitNothingWhenTheScraperResendsAReply() {
        fixture.given(acknowledgedCase())
                .when(reply("p-5512", UNIT_ACCOUNT, UNIT, REPLY_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shouldCreditEarlierRepliesInOrderWhenTheAssignmentArrivesAfterThem() {
        fixture.given(postReceived(), replyRecorded("p-5512", UNIT_ACCOUNT, UNIT, REPLY_AT),
                        replyRecorded("p-5530", UNIT_ACCOUNT, UNIT, SECOND_REPLY_AT))
                .when(new RecordAssignmentCommand(CASE_ID, "assigned", UNIT, List.of(), ASSIGNED_AT))
                .expectEvents(assigned(),
                        acknowledgedOnForum("p-5512", REPLY_AT),
                        new ProgressReportedEvent(CASE_ID, UNIT, Channel.FORUM, "p-5530", UNIT_ACCOUNT,
                                "您好，已收到，正在处理。", SECOND_REPLY_AT));
    }

    @Test
    void shouldIgnoreAnOlderAssignmentWhenItArrivesLate() {
        fixture.given(postReceived(), assigned(OTHER_UNIT, ASSIGNED_AT.plusSeconds(600)))
                .when(new RecordAssignmentCommand(CASE_ID, "assigned", UNIT, List.of(), ASSIGNED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shouldCreditTheRepliesOfAnAccountWhenItsRegistrationBecomesKnownLater() {
        fixture.given(postReceived(), assigned(), replyRecorded("p-5512", UNIT_ACCOUNT, null, REPLY_AT))
                .when(new AttributeRepliesCommand(CASE_ID, "anji-bbs", UNIT_ACCOUNT, UNIT))
                .expectEvents(new RepliesAttributedEvent(CASE_ID, "anji-bbs", UNIT_ACCOUNT, UNIT),
                        acknowledgedOnForum("p-5512", REPLY_AT));
    }

    @Test
    void shouldAcknowledgeWhenTheAssignedUnitSaysSoOverTheApi() {
        fixture.given(postReceived(), assigned())
                .when(new AcknowledgeCaseCommand(CASE_ID, UNIT, LIAISON, "已收到", REPLY_AT))
                .expectEvents(acknowledgedOverApi());
    }

    @Test
    void shouldReportProgressOverTheApiWhenAcknowledged() {
        fixture.given(acknowledgedCase())
                .when(new ReportProgressCommand(CASE_ID, UNIT, LIAISON, "已联系交警部门", NOW))
                .expectEvents(new ProgressReportedEvent(CASE_ID, UNIT, Channel.API, null, LIAISON, "已联系交警部门",
                        NOW));
    }

    @Test
    void shouldRefuseASecondAcknowledgementWhenTheCaseIsAlreadyAcknowledged() {
        fixture.given(acknowledgedCase())
                .when(new AcknowledgeCaseCommand(CASE_ID, UNIT, LIAISON, null, NOW))
                .expectNoEvents()
                .expectException(violation(CaseRules.ACKNOWLEDGE_ONCE, CONFLICT));
    }

    @Test
    void shouldRefuseAcknowledgementWhenTheCaseIsAssignedToAnotherUnit() {
        fixture.given(postReceived(), assigned())
                .when(new AcknowledgeCaseCommand(CASE_ID, OTHER_UNIT, "dipu-liaison", null, NOW))
                .expectNoEvents()
                .expectException(violation(CaseRules.ASSIGNED_UNIT_ONLY, CONFLICT));
    }

    @Test
    void shouldRefuseProgressWhenTheCaseIsNotAcknowledged() {
        fixture.given(postReceived(), assigned())
                .when(new ReportProgressCommand(CASE_ID, UNIT, LIAISON, "处理中", NOW))
                .expectNoEvents()
                .expectException(violation(CaseRules.PROGRESS_AFTER_ACKNOWLEDGEMENT, CONFLICT));
    }

    @Test
    void shouldRefuseAcknowledgementWhenTheCaseIsClosed() {
        fixture.given(postReceived(), assigned(), new CaseClosedEvent(CASE_ID, UNIT, "quiet-period", NOW))
                .when(new AcknowledgeCaseCommand(CASE_ID, UNIT, LIAISON, null, NOW))
                .expectNoEvents()
                .expectException(violation(CaseRules.CASE_CLOSED, CONFLICT));
    }
}
