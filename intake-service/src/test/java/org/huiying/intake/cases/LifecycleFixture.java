package org.huiying.intake.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.huiying.contracts.intake.CaseKind;
import org.huiying.contracts.intake.Channel;
import org.huiying.contracts.intake.Severity;
import org.huiying.intake.cases.answer.AnswerApprovedEvent;
import org.huiying.intake.cases.answer.AnswerDraftedEvent;
import org.huiying.intake.cases.answer.AnswerPublishedEvent;
import org.huiying.intake.cases.classification.CaseClassifiedEvent;
import org.huiying.intake.cases.reply.AssignmentRecordedEvent;
import org.huiying.intake.cases.reply.CaseAcknowledgedEvent;
import org.huiying.intake.cases.reply.RecordReplyCommand;
import org.huiying.intake.cases.reply.ReplyRecordedEvent;
import org.huiying.support.domain.RuleViolationException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.huiying.intake.cases.CaseFixture.CASE_ID;

/** A case on 安吉论坛 assigned to 县交通运输局, and the steps of its life as the aggregate records them. */
final class LifecycleFixture {

    static final String UNIT = "jiaotong";
    static final String UNIT_ACCOUNT = "安吉交通";
    static final String OTHER_UNIT = "dipu";
    static final String OTHER_ACCOUNT = "递铺街道网络发言人";
    static final String NETIZEN = "竹乡老李";
    static final String LIAISON = "jiaotong-liaison";
    static final String SPOKESPERSON = "jiaotong-spokesperson";
    static final String OFFICE = "office-wang";
    static final Instant ASSIGNED_AT = Instant.parse("2026-03-02T01:16:00Z");
    static final Instant REPLY_AT = Instant.parse("2026-03-02T03:40:00Z");
    static final Instant SCRAPED_AT = Instant.parse("2026-03-02T03:41:00Z");
    static final Instant NOW = Instant.parse("2026-03-03T02:00:00Z");
    static final Instant ANSWERED_AT = Instant.parse("2026-03-04T06:00:00Z");
    static final CasePolicy POLICY = new CasePolicy(true, true, Duration.ofDays(7));

    private LifecycleFixture() {
    }

    static AggregateTestFixture<Case> fixture(CasePolicy policy) {
        AggregateTestFixture<Case> fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerInjectableResource(policy);
        return fixture;
    }

    /** The refusal names this rule, as a conflict (409) or as unprocessable (422). */
    static Matcher<Throwable> violation(String rule, RuleViolationException.Kind kind) {
        Matcher<Throwable> named = new FeatureMatcher<>(Matchers.equalTo(rule), "rule", "rule") {
            @Override
            protected String featureValueOf(Throwable actual) {
                return actual instanceof RuleViolationException violation ? violation.rule() : null;
            }
        };
        Matcher<Throwable> kindOf = new FeatureMatcher<>(Matchers.equalTo(kind), "kind", "kind") {
            @Override
            protected RuleViolationException.Kind featureValueOf(Throwable actual) {
                return actual instanceof RuleViolationException violation ? violation.kind() : null;
            }
        };
        return Matchers.allOf(named, kindOf);
    }

    static AssignmentRecordedEvent assigned(String unitId, Instant at) {
        return new AssignmentRecordedEvent(CASE_ID, "assigned", unitId, List.of(), at);
    }

    static AssignmentRecordedEvent assigned() {
        return assigned(UNIT, ASSIGNED_AT);
    }

    static RecordReplyCommand reply(String postId, String author, String unitId, Instant postedAt) {
        return new RecordReplyCommand(CASE_ID, "anji-bbs", postId, author, unitId, "您好，已收到，正在处理。",
                postedAt, postedAt.plusSeconds(60), postedAt.plusSeconds(61));
    }

    static ReplyRecordedEvent replyRecorded(String postId, String author, String unitId, Instant postedAt) {
        return new ReplyRecordedEvent(CASE_ID, "anji-bbs", postId, author, unitId, "您好，已收到，正在处理。",
                postedAt, postedAt.plusSeconds(60));
    }

    static CaseAcknowledgedEvent acknowledgedOnForum(String postId, Instant at) {
        return new CaseAcknowledgedEvent(CASE_ID, UNIT, Channel.FORUM, postId, UNIT_ACCOUNT, null, at);
    }

    static CaseAcknowledgedEvent acknowledgedOverApi() {
        return new CaseAcknowledgedEvent(CASE_ID, UNIT, Channel.API, null, LIAISON, "已收到", REPLY_AT);
    }

    static AnswerDraftedEvent drafted() {
        return new AnswerDraftedEvent(CASE_ID, UNIT, LIAISON, "经现场查看，行人绿灯已调整为30秒。", NOW);
    }

    static AnswerApprovedEvent approved() {
        return new AnswerApprovedEvent(CASE_ID, UNIT, SPOKESPERSON, NOW.plusSeconds(600));
    }

    static AnswerPublishedEvent published() {
        return new AnswerPublishedEvent(CASE_ID, UNIT, Channel.API, null, "经现场查看，行人绿灯已调整为30秒。", LIAISON,
                SPOKESPERSON, LIAISON, ANSWERED_AT);
    }

    static CaseClassifiedEvent classifiedByRules() {
        return new CaseClassifiedEvent(CASE_ID, CaseKind.COMPLAINT, Severity.GENERAL, "keyword-rules",
                "rule traffic-complaint", false, CaseFixture.RECEIVED_AT);
    }

    /** Received, assigned to 交通运输局, acknowledged on the forum. */
    static Object[] acknowledgedCase() {
        return new Object[]{CaseFixture.postReceived(), assigned(),
                replyRecorded("p-5512", UNIT_ACCOUNT, UNIT, REPLY_AT), acknowledgedOnForum("p-5512", REPLY_AT)};
    }

    /** Acknowledged, then answered over the API with an approved draft. */
    static Object[] answeredCase() {
        return new Object[]{CaseFixture.postReceived(), assigned(),
                replyRecorded("p-5512", UNIT_ACCOUNT, UNIT, REPLY_AT), acknowledgedOnForum("p-5512", REPLY_AT),
                drafted(), approved(), published()};
    }
}
