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
import org.huiying.intake.cases.answer.ReturnAnswerCommand;
import org.huiying.intake.cases.outcome.CaseReopenedEvent;
import org.huiying.intake.cases.reply.ObservedReply;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 办结答复: the final answer of a case. Drafted by the assigned unit, approved by someone else (the unit's spokesperson
 * or the office) or returned with a comment, then published; or a scraped reply of the unit's registered account
 * named as the answer with its approver. Once per case, unless the case is reopened.
 */
class CaseAnswer {

    private final Case root;
    private String draftText;
    private String draftedBy;
    private String approvedBy;
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
        if (draftText != null) {
            throw CaseRules.conflict(CaseRules.DRAFT_AWAITING_APPROVAL, "Case " + root.caseId()
                    + " already has a draft by " + draftedBy + (approvedBy == null ? " awaiting approval"
                    : " approved and awaiting publication"));
        }
        apply(new AnswerDraftedEvent(root.caseId(), command.unitId(), command.draftedBy(), command.text(),
                command.draftedAt()));
    }

    @CommandHandler
    void handle(ApproveAnswerCommand command) {
        requirePendingDraft(command.unitId());
        if (command.approvedBy().equals(draftedBy)) {
            throw CaseRules.unprocessable(CaseRules.NO_SELF_APPROVAL,
                    command.approvedBy() + " drafted this answer and cannot approve it too");
        }
        apply(new AnswerApprovedEvent(root.caseId(), root.leadUnitId(), command.approvedBy(),
                command.approvedAt()));
    }

    @CommandHandler
    void handle(ReturnAnswerCommand command) {
        requirePendingDraft(command.unitId());
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
        if (command.approvedBy() == null || command.approvedBy().isBlank()) {
            throw CaseRules.unprocessable(CaseRules.APPROVER_NAMED,
                    "A reply marked as the final answer must name who approved it");
        }
        ObservedReply reply = root.reply(command.postId());
        if (reply == null || !command.unitId().equals(reply.unitId())) {
            throw CaseRules.unprocessable(CaseRules.FINAL_ANSWER_FROM_OWN_REPLY, "Post " + command.postId()
                    + " is not a reply of a registered account of " + command.unitId() + " in case " + root.caseId());
        }
        requireAcknowledgement(policy);
        apply(new AnswerPublishedEvent(root.caseId(), command.unitId(), Channel.FORUM, reply.postId(), reply.body(),
                reply.author(), command.approvedBy(), command.markedBy(), reply.postedAt()));
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

    /** A unit acts only on its own case; the office ({@code unitId} null) may approve or return any draft. */
    private void requirePendingDraft(String unitId) {
        root.requireOpen();
        if (unitId != null) {
            root.requireLead(unitId);
        }
        if (draftText == null || approvedBy != null) {
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
    void on(AnswerApprovedEvent event) {
        approvedBy = event.approvedBy();
    }

    @EventSourcingHandler
    void on(AnswerReturnedEvent event) {
        draftText = null;
        draftedBy = null;
        approvedBy = null;
    }

    @EventSourcingHandler
    void on(AnswerPublishedEvent event) {
        answered = true;
        answeringUnitId = event.unitId();
        answeredAt = event.publishedAt();
        draftText = null;
        draftedBy = null;
        approvedBy = null;
    }

    @EventSourcingHandler
    void on(CaseReopenedEvent event) {
        answered = false;
    }
}
