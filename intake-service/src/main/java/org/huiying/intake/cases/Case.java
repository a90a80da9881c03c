package org.huiying.intake.cases;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.huiying.contracts.intake.Channel;
import org.huiying.intake.cases.classification.CaseClassifiedEvent;
import org.huiying.intake.cases.classification.ClassifyCaseCommand;
import org.huiying.intake.cases.outcome.CaseClosedEvent;
import org.huiying.intake.cases.outcome.CaseReopenedEvent;
import org.huiying.intake.cases.reply.AcknowledgeCaseCommand;
import org.huiying.intake.cases.reply.AssignmentRecordedEvent;
import org.huiying.intake.cases.reply.AttributeRepliesCommand;
import org.huiying.intake.cases.reply.CaseAcknowledgedEvent;
import org.huiying.intake.cases.reply.FollowUpAddedEvent;
import org.huiying.intake.cases.reply.ObservedReply;
import org.huiying.intake.cases.reply.ProgressReportedEvent;
import org.huiying.intake.cases.reply.RecordAssignmentCommand;
import org.huiying.intake.cases.reply.RecordReplyCommand;
import org.huiying.intake.cases.reply.RepliesAttributedEvent;
import org.huiying.intake.cases.reply.ReplyRecordedEvent;
import org.huiying.intake.cases.reply.ReportProgressCommand;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One netizen's post and everything that happens to it until it is archived. The root decides on receipt,
 * classification, what the thread's replies mean and who is assigned; the answer and the outcome (rating,
 * implementation, closure) are decided by its two members.
 */
@Aggregate(cache = "aggregateCache")
public class Case {

    @AggregateIdentifier
    private String caseId;
    private String author;
    private final ThreadPosts thread = new ThreadPosts();
    private boolean classified;
    private String leadUnitId;
    private List<String> coUnitIds = List.of();
    private Instant assignmentDecidedAt;
    private boolean acknowledged;
    private boolean closed;

    @AggregateMember
    private CaseAnswer answer;

    @AggregateMember
    private CaseOutcome outcome;

    @AggregateMember
    private CaseInquiry inquiry;

    protected Case() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReceivePostCommand command) {
        if (caseId != null) {
            return; // the scraper resent the thread's first post
        }
        apply(new PostReceivedEvent(command.caseId(), command.source(), command.postId(), command.threadId(),
                command.url(), command.board(), command.author(), command.title(), command.body(),
                command.postedAt(), command.scrapedAt(), command.channel(), command.receivedAt()));
    }

    @CommandHandler
    public void handle(ClassifyCaseCommand command) {
        if (!command.override()) {
            if (!classified) {
                apply(classified(command));
            }
            return; // the rules suggest once; after that only the office reclassifies
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw CaseRules.unprocessable(CaseRules.OVERRIDE_WITH_REASON,
                    "The office must give a reason to classify case " + caseId + " differently");
        }
        apply(classified(command));
    }

    @CommandHandler
    public void handle(RecordReplyCommand command) {
        if (thread.contains(command.postId())) {
            return; // the scraper resent the reply
        }
        if (Objects.equals(author, command.author())) {
            apply(new FollowUpAddedEvent(caseId, command.postId(), command.body(), command.postedAt(),
                    command.receivedAt()));
            return;
        }
        apply(new ReplyRecordedEvent(caseId, command.source(), command.postId(), command.author(), command.unitId(),
                command.body(), command.postedAt(), command.scrapedAt()));
        credit(thread.reply(command.postId()));
    }

    @CommandHandler
    public void handle(AttributeRepliesCommand command) {
        if (thread.hasUnattributedRepliesBy(command.source(), command.author())) {
            apply(new RepliesAttributedEvent(caseId, command.source(), command.author(), command.unitId()));
            creditWaitingReplies();
        }
    }

    @CommandHandler
    public void handle(RecordAssignmentCommand command) {
        if (assignmentDecidedAt != null && !command.decidedAt().isAfter(assignmentDecidedAt)) {
            return; // an older (or the same) decision delivered late
        }
        apply(new AssignmentRecordedEvent(caseId, command.state(), command.leadUnitId(),
                command.coUnitIds() == null ? List.of() : List.copyOf(command.coUnitIds()), command.decidedAt()));
        creditWaitingReplies();
    }

    @CommandHandler
    public void handle(AcknowledgeCaseCommand command) {
        requireOpen();
        requireLead(command.unitId());
        if (acknowledged) {
            throw CaseRules.conflict(CaseRules.ACKNOWLEDGE_ONCE, "Case " + caseId + " is already acknowledged");
        }
        apply(new CaseAcknowledgedEvent(caseId, command.unitId(), Channel.API, null, command.acknowledgedBy(),
                command.note(), command.acknowledgedAt()));
    }

    @CommandHandler
    public void handle(ReportProgressCommand command) {
        requireOpen();
        if (!isAssignedTo(command.unitId())) {
            throw notAssigned(command.unitId());
        }
        if (!acknowledged) {
            throw CaseRules.conflict(CaseRules.PROGRESS_AFTER_ACKNOWLEDGEMENT,
                    "Case " + caseId + " must be acknowledged before progress is reported");
        }
        apply(new ProgressReportedEvent(caseId, command.unitId(), Channel.API, null, command.reportedBy(),
                command.summary(), command.reportedAt()));
    }

    /** Replies of registered accounts count once their unit is known to be assigned, in the order they were posted. */
    private void creditWaitingReplies() {
        thread.waitingForCredit().forEach(postId -> credit(thread.reply(postId)));
    }

    private void credit(ObservedReply reply) {
        if (reply.unitId() == null || reply.credited() || closed) {
            return;
        }
        boolean lead = reply.unitId().equals(leadUnitId);
        if (lead && !acknowledged) {
            apply(new CaseAcknowledgedEvent(caseId, reply.unitId(), Channel.FORUM, reply.postId(), reply.author(),
                    null, reply.postedAt()));
        } else if (acknowledged && isAssignedTo(reply.unitId())) {
            apply(new ProgressReportedEvent(caseId, reply.unitId(), Channel.FORUM, reply.postId(), reply.author(),
                    reply.body(), reply.postedAt()));
        }
    }

    private CaseClassifiedEvent classified(ClassifyCaseCommand command) {
        return new CaseClassifiedEvent(caseId, command.kind(), command.severity(), command.decidedBy(),
                command.reason(), command.override(), command.classifiedAt());
    }

    void requireOpen() {
        if (closed) {
            throw CaseRules.conflict(CaseRules.CASE_CLOSED, "Case " + caseId + " is closed");
        }
    }

    void requireLead(String unitId) {
        if (unitId == null || !unitId.equals(leadUnitId)) {
            throw notAssigned(unitId);
        }
    }

    private RuntimeException notAssigned(String unitId) {
        return CaseRules.conflict(CaseRules.ASSIGNED_UNIT_ONLY, leadUnitId == null
                ? "Case " + caseId + " is not assigned to any unit"
                : "Case " + caseId + " is assigned to " + leadUnitId + ", not to " + unitId);
    }

    private boolean isAssignedTo(String unitId) {
        return unitId != null && (unitId.equals(leadUnitId) || coUnitIds.contains(unitId));
    }

    String caseId() {
        return caseId;
    }

    boolean isAcknowledged() {
        return acknowledged;
    }

    CaseAnswer answer() {
        return answer;
    }

    boolean isClosed() {
        return closed;
    }

    String leadUnitId() {
        return leadUnitId;
    }

    ObservedReply reply(String postId) {
        return thread.reply(postId);
    }

    @EventSourcingHandler
    void on(PostReceivedEvent event) {
        caseId = event.caseId();
        author = event.author();
        thread.add(event.postId());
        answer = new CaseAnswer(this);
        outcome = new CaseOutcome(this);
        inquiry = new CaseInquiry(this);
    }

    @EventSourcingHandler
    void on(CaseClassifiedEvent event) {
        classified = true;
    }

    @EventSourcingHandler
    void on(FollowUpAddedEvent event) {
        thread.add(event.postId());
    }

    @EventSourcingHandler
    void on(ReplyRecordedEvent event) {
        thread.record(new ObservedReply(event.postId(), event.source(), event.author(), event.unitId(),
                event.body(), event.postedAt(), false));
    }

    @EventSourcingHandler
    void on(RepliesAttributedEvent event) {
        thread.attribute(event.source(), event.author(), event.unitId());
    }

    @EventSourcingHandler
    void on(AssignmentRecordedEvent event) {
        leadUnitId = event.leadUnitId();
        coUnitIds = event.coUnitIds();
        assignmentDecidedAt = event.decidedAt();
    }

    @EventSourcingHandler
    void on(CaseAcknowledgedEvent event) {
        acknowledged = true;
        thread.markCredited(event.postId());
    }

    @EventSourcingHandler
    void on(ProgressReportedEvent event) {
        thread.markCredited(event.postId());
    }

    @EventSourcingHandler
    void on(CaseClosedEvent event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(CaseReopenedEvent event) {
        closed = false;
    }
}
