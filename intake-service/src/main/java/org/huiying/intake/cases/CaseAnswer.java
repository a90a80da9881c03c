package org.huiying.intake.cases;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
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
import org.huiying.intake.cases.reply.ObservedReply;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 办结答复: the final answer of a case. Drafted by the assigned unit, or a scraped reply of its registered account
 * named as the answer; approved by a spokesperson of the unit (网络发言人) or the office, never by whoever drafted or
 * named it, or returned with a comment; then published (a named reply at once, at its posting time). One answer
 * awaits approval at a time; once per case, unless the case is reopened.
 */
class CaseAnswer {

    private final Case root;
    private String draftText;
    private String draftedBy;
    private String approvedBy;
    private String markedPostId;
    private String markedUnitId;
    private String markedBy;
    private boolean answered;
    private String answeringUnitId;
    private Instant answeredAt;

    CaseAnswer(Case root) {
        this.root = root;
    }

    @CommandHandler
    void handle(DraftAnswerCommand command, CasePolicy policy) {
        requireUnansweredByLead(command.unitId());
        requireAcknowledgement(policy);
        requireNothingPending();
        apply(new AnswerDraftedEvent(root.caseId(), command.unitId(), command.draftedBy(), command.text(),
                command.draftedAt()));
    }

    @CommandHandler
    void handle(ApproveAnswerCommand command) {
        requirePendingAnswer(command.unitId());
        String author = markedPostId != null ? markedBy : draftedBy;
        if (command.approvedBy().equals(author)) {
            throw CaseRules.unprocessable(CaseRules.NO_SELF_APPROVAL, command.approvedBy()
                    + (markedPostId != null ? " named this reply as the answer" : " drafted this answer")
                    + " and cannot approve it too 不能审核本人起草或认定的答复");
        }
        if (command.unitId() != null && !command.spokesperson()) {
            throw CaseRules.unprocessable(CaseRules.SPOKESPERSON_APPROVES, command.approvedBy()
                    + " is not a spokesperson of " + command.unitId() + ": an answer is approved by the unit's"
                    + " spokesperson or the office 答复须由本单位网络发言人或舆情办审核");
        }
        if (markedPostId == null) {
            apply(new AnswerApprovedEvent(root.caseId(), root.leadUnitId(), command.approvedBy(),
                    command.approvedAt()));
            return;
        }
        root.requireLead(markedUnitId);
        ObservedReply reply = root.reply(markedPostId);
        apply(new AnswerApprovedEvent(root.caseId(), markedUnitId, command.approvedBy(), command.approvedAt()));
        apply(new AnswerPublishedEvent(root.caseId(), markedUnitId, Channel.FORUM, reply.postId(), reply.body(),
                reply.author(), command.approvedBy(), markedBy, reply.postedAt()));
    }

    @CommandHandler
    void handle(ReturnAnswerCommand command) {
        requirePendingAnswer(command.unitId());
        if (command.comment() == null || command.comment().isBlank()) {
            throw CaseRules.unprocessable(CaseRules.RETURN_WITH_COMMENT, "A returned draft needs a comment");
        }
        apply(new AnswerReturnedEvent(root.caseId(), root.leadUnitId(), command.returnedBy(),
                command.comment(), command.returnedAt()));
    }

    @CommandHandler
    void handle(PublishAnswerCommand command) {
        requireUnansweredByLead(command.unitId());
        if (draftText == null || approvedBy == null) {
            throw CaseRules.conflict(CaseRules.PUBLISH_APPROVED_ONLY, "Case " + root.caseId()
                    + " has no approved answer to publish");
        }
        apply(new AnswerPublishedEvent(root.caseId(), command.unitId(), Channel.API, null, draftText, draftedBy,
                approvedBy, command.publishedBy(), command.publishedAt()));
    }

    @CommandHandler
    void handle(MarkReplyAsAnswerCommand command, CasePolicy policy) {
        requireUnansweredByLead(command.unitId());
        ObservedReply reply = root.reply(command.postId());
        if (reply == null || !command.unitId().equals(reply.unitId())) {
            throw CaseRules.unprocessable(CaseRules.FINAL_ANSWER_FROM_OWN_REPLY, "Post " + command.postId()
                    + " is not a reply of a registered account of " + command.unitId() + " in case " + root.caseId());
        }
        requireAcknowledgement(policy);
        requireNothingPending();
        apply(new ReplyMarkedAsAnswerEvent(root.caseId(), command.unitId(), reply.postId(), command.markedBy(),
                command.markedAt()));
    }

    private void requireUnansweredByLead(String unitId) {
        root.requireOpen();
        root.requireLead(unitId);
        if (answered) {
            throw CaseRules.conflict(CaseRules.ANSWER_ONCE, "Case " + root.caseId() + " was already answered by "
                    + answeringUnitId);
        }
    }

    private void requireAcknowledgement(CasePolicy policy) {
        if (policy.acknowledgeBeforeAnswer() && !root.isAcknowledged()) {
            throw CaseRules.conflict(CaseRules.ANSWER_AFTER_ACKNOWLEDGEMENT,
                    "Case " + root.caseId() + " must be acknowledged before it is answered");
        }
    }

    private void requireNothingPending() {
        if (markedPostId != null) {
            throw CaseRules.conflict(CaseRules.DRAFT_AWAITING_APPROVAL, "Case " + root.caseId() + " already has"
                    + " reply " + markedPostId + " named as the answer by " + markedBy + ", awaiting approval");
        }
        if (draftText != null) {
            throw CaseRules.conflict(CaseRules.DRAFT_AWAITING_APPROVAL, "Case " + root.caseId()
                    + " already has a draft by " + draftedBy + (approvedBy == null ? " awaiting approval"
                    : " approved and awaiting publication"));
        }
    }

    /** A unit acts only on its own case; the office ({@code unitId} null) may approve or return any answer. */
    private void requirePendingAnswer(String unitId) {
        root.requireOpen();
        if (unitId != null) {
            root.requireLead(unitId);
        }
        if ((draftText == null || approvedBy != null) && markedPostId == null) {
            throw CaseRules.conflict(CaseRules.PENDING_DRAFT_ONLY,
                    "Case " + root.caseId() + " has no draft awaiting approval");
        }
    }

    boolean isAnswered() {
        return answered;
    }

    String answeringUnitId() {
        return answeringUnitId;
    }

    Instant answeredAt() {
        return answeredAt;
    }

    @EventSourcingHandler
    void on(AnswerDraftedEvent event) {
        draftText = event.text();
        draftedBy = event.draftedBy();
        approvedBy = null;
    }

    @EventSourcingHandler
    void on(ReplyMarkedAsAnswerEvent event) {
        markedPostId = event.postId();
        markedUnitId = event.unitId();
        markedBy = event.markedBy();
    }

    @EventSourcingHandler
    void on(AnswerApprovedEvent event) {
        approvedBy = event.approvedBy();
    }

    @EventSourcingHandler
    void on(AnswerReturnedEvent event) {
        clearPending();
    }

    @EventSourcingHandler
    void on(AnswerPublishedEvent event) {
        answered = true;
        answeringUnitId = event.unitId();
        answeredAt = event.publishedAt();
        clearPending();
    }

    @EventSourcingHandler
    void on(CaseReopenedEvent event) {
        answered = false;
    }

    private void clearPending() {
        draftText = null;
        draftedBy = null;
        approvedBy = null;
        markedPostId = null;
        markedUnitId = null;
        markedBy = null;
    }
}
