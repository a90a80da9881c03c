package org.huiying.intake.cases.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.huiying.contracts.EventType;
import org.huiying.contracts.intake.Channel;
import org.huiying.intake.cases.PostReceivedEvent;
import org.huiying.intake.cases.answer.AnswerApprovedEvent;
import org.huiying.intake.cases.answer.AnswerDraftedEvent;
import org.huiying.intake.cases.answer.AnswerPublishedEvent;
import org.huiying.intake.cases.answer.AnswerReturnedEvent;
import org.huiying.intake.cases.answer.ReplyMarkedAsAnswerEvent;
import org.huiying.intake.cases.classification.CaseClassifiedEvent;
import org.huiying.intake.cases.inquiry.InformationRequestedEvent;
import org.huiying.intake.cases.outcome.CaseClosedEvent;
import org.huiying.intake.cases.outcome.CaseRatedEvent;
import org.huiying.intake.cases.outcome.CaseReopenedEvent;
import org.huiying.intake.cases.outcome.ImplementationConfirmedEvent;
import org.huiying.intake.cases.reply.AssignmentRecordedEvent;
import org.huiying.intake.cases.reply.CaseAcknowledgedEvent;
import org.huiying.intake.cases.reply.FollowUpAddedEvent;
import org.huiying.intake.cases.reply.ProgressReportedEvent;
import org.huiying.intake.cases.reply.RepliesAttributedEvent;
import org.huiying.intake.cases.reply.ReplyRecordedEvent;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Writes every fact of a case's life to its timeline, in the aggregate's order. The netizen's handle is kept apart
 * (the archive shows it to logged-in users; the timeline never does); replies by accounts nobody registered show as
 * 其他网友 other user.
 */
@Component
@ProcessingGroup("case-timeline")
public class CaseTimelineProjection {

    static final String NETIZEN = "网民 netizen";
    static final String OTHER_USER = "其他网友 other user";

    private final CaseTimelineRepository timelines;

    public CaseTimelineProjection(CaseTimelineRepository timelines) {
        this.timelines = timelines;
    }

    @EventHandler
    void on(PostReceivedEvent e, @SequenceNumber long seq) {
        timelines.recordAuthor(e.caseId(), e.author());
        add(e.caseId(), seq, EventType.POST_RECEIVED.wireName(), e.postedAt(), null, NETIZEN, e.channel(),
                "受理 Received", e.title());
    }

    @EventHandler
    void on(CaseClassifiedEvent e, @SequenceNumber long seq) {
        add(e.caseId(), seq, EventType.CASE_CLASSIFIED.wireName(), e.classifiedAt(), null, e.decidedBy(), null,
                e.override() ? "改判分类 Reclassified" : "分类 Classified",
                WireName.of(e.kind()) + " / " + WireName.of(e.severity()) + " — " + e.reason());
    }

    @EventHandler
    void on(AssignmentRecordedEvent e, @SequenceNumber long seq) {
        add(e.caseId(), seq, "assignment-recorded", e.decidedAt(), e.leadUnitId(), "routing", null,
                "批办 Assignment", e.state() + (e.coUnitIds().isEmpty() ? "" : "; 协办 " + e.coUnitIds()));
    }

    @EventHandler
    void on(FollowUpAddedEvent e, @SequenceNumber long seq) {
        add(e.caseId(), seq, EventType.FOLLOW_UP_ADDED.wireName(), e.postedAt(), null, NETIZEN, Channel.FORUM,
                "追问 Follow-up", e.body());
    }

    @EventHandler
    void on(ReplyRecordedEvent e, @SequenceNumber long seq) {
        add(e.caseId(), seq, "reply-recorded", e.postedAt(), e.unitId(), e.unitId() == null ? OTHER_USER : e.author(),
                Channel.FORUM, e.unitId() == null ? "跟帖 Reply" : "备案账号回复 Reply by a registered account",
                e.body());
    }

    @EventHandler
    void on(RepliesAttributedEvent e, @SequenceNumber long seq, EventMessage<?> m) {
        add(e.caseId(), seq, "replies-attributed", m.getTimestamp(), e.unitId(), e.author(), Channel.FORUM,
                "网名备案 Account registered", e.author() + " → " + e.unitId());
    }

    @EventHandler
    void on(CaseAcknowledgedEvent e, @SequenceNumber long seq) {
        add(e.caseId(), seq, EventType.CASE_ACKNOWLEDGED.wireName(), e.acknowledgedAt(), e.unitId(),
                e.acknowledgedBy(), e.channel(), "在线响应 Acknowledged", e.note());
    }

    @EventHandler
    void on(ProgressReportedEvent e, @SequenceNumber long seq) {
        add(e.caseId(), seq, EventType.PROGRESS_REPORTED.wireName(), e.reportedAt(), e.unitId(), e.reportedBy(),
                e.channel(), "通报进展 Progress", e.summary());
    }

    @EventHandler
    void on(InformationRequestedEvent e, @SequenceNumber long seq) {
        add(e.caseId(), seq, EventType.INFORMATION_REQUESTED.wireName(), e.requestedAt(), e.unitId(),
                e.requestedBy(), e.channel(), "请网民补充 Information requested", e.text());
    }

    @EventHandler
    void on(AnswerDraftedEvent e, @SequenceNumber long seq) {
        add(e.caseId(), seq, "answer-drafted", e.draftedAt(), e.unitId(), e.draftedBy(), Channel.API,
                "起草答复 Answer drafted", e.text());
    }

    @EventHandler
    void on(ReplyMarkedAsAnswerEvent e, @SequenceNumber long seq) {
        add(e.caseId(), seq, "reply-marked-as-answer", e.markedAt(), e.unitId(), e.markedBy(), Channel.API,
                "认定跟帖为答复（待审核） Reply named as the answer, awaiting approval", "post " + e.postId());
    }

    @EventHandler
    void on(AnswerApprovedEvent e, @SequenceNumber long seq) {
        add(e.caseId(), seq, "answer-approved", e.approvedAt(), e.unitId(), e.approvedBy(), Channel.API,
                "审核通过 Answer approved", null);
    }

    @EventHandler
    void on(AnswerReturnedEvent e, @SequenceNumber long seq) {
        add(e.caseId(), seq, "answer-returned", e.returnedAt(), e.unitId(), e.returnedBy(), Channel.API,
                "退回修改 Answer returned", e.comment());
    }

    @EventHandler
    void on(AnswerPublishedEvent e, @SequenceNumber long seq) {
        add(e.caseId(), seq, EventType.ANSWER_PUBLISHED.wireName(), e.publishedAt(), e.unitId(), e.publishedBy(),
                e.channel(), "办结答复 Answer published", e.text() + " (审核 approved by " + e.approvedBy() + ")");
    }

    @EventHandler
    void on(CaseRatedEvent e, @SequenceNumber long seq) {
        add(e.caseId(), seq, EventType.CASE_RATED.wireName(), e.ratedAt(), e.unitId(), e.ratedBy(), e.channel(),
                "回访 Rated", WireName.of(e.satisfaction()) + scores(e));
    }

    @EventHandler
    void on(ImplementationConfirmedEvent e, @SequenceNumber long seq) {
        add(e.caseId(), seq, EventType.IMPLEMENTATION_CONFIRMED.wireName(), e.confirmedAt(), e.unitId(),
                e.confirmedBy(), Channel.API, "落实 Implementation confirmed", null);
    }

    @EventHandler
    void on(CaseReopenedEvent e, @SequenceNumber long seq) {
        add(e.caseId(), seq, EventType.CASE_REOPENED.wireName(), e.reopenedAt(), e.unitId(), null, null,
                "重办 Reopened", e.reason());
    }

    @EventHandler
    void on(CaseClosedEvent e, @SequenceNumber long seq) {
        add(e.caseId(), seq, EventType.CASE_CLOSED.wireName(), e.closedAt(), e.unitId(), null, null,
                "办结 Closed", e.reason());
    }

    private static String scores(CaseRatedEvent e) {
        if (e.resolutionScore() == null && e.attitudeScore() == null && e.speedScore() == null) {
            return "";
        }
        return "; 解决程度 " + e.resolutionScore() + ", 办理态度 " + e.attitudeScore() + ", 办理速度 " + e.speedScore();
    }

    private void add(String caseId, long seq, String type, Instant at, String unitId, String actor, Channel channel,
                     String title, String detail) {
        timelines.record(caseId, new TimelineEntry(seq, type, at, unitId, actor, WireName.of(channel), title, detail));
    }
}
