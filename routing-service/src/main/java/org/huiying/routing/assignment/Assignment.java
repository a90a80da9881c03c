package org.huiying.routing.assignment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.huiying.support.domain.NotFoundException;
import org.huiying.support.domain.RuleViolationException;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Who answers one case: routed once by the rules (a redelivered post changes nothing) or queued for triage;
 * dispatched (批办) or re-dispatched by the office; returned (退回) by its lead unit within the return window, which
 * puts it back in triage; transferred (转办) by the office. Too many returns and transfers, or too long without a
 * lead unit, make it a problem case (提级督办).
 */
@Aggregate(cache = "aggregateCache")
public class Assignment {

    @AggregateIdentifier
    private String caseId;
    private boolean routed;
    private String leadUnitId;
    private Instant leadSince;
    private Instant queuedSince;
    private int handovers;
    private boolean problem;

    protected Assignment() {
    }

    /** By a rule (once per case) or, with {@code decidedBy} and no rule, a dispatch by the office. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AssignCaseCommand command) {
        if (command.ruleId() != null) {
            if (!routed) {
                apply(assigned(command));
            }
            return;
        }
        if (!routed) {
            throw new NotFoundException("Routing has no case " + command.caseId() + " 没有此案件");
        }
        Handover.requireUnits("dispatch", command.leadUnitId(), command.coUnitIds());
        Handover.require("dispatch.decided-by-required", command.decidedBy(),
                "A dispatch names who decided it 批办须注明批办人");
        if (leadUnitId != null && !leadUnitId.equals(command.leadUnitId())) {
            throw RuleViolationException.conflict("dispatch.has-lead", "Case " + caseId + " is led by " + leadUnitId
                    + "; move it with a transfer 案件已有牵头单位，改派请转办");
        }
        apply(assigned(command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(QueueCaseForTriageCommand command) {
        if (routed) {
            return;
        }
        apply(new CaseQueuedForTriageEvent(command.caseId(), command.reason(), command.queuedAt()));
    }

    @CommandHandler
    public void handle(ReturnCaseCommand command, AssignmentPolicy policy) {
        Handover.require("return.reason-required", command.reason(), "A return needs a reason 退回须说明理由");
        if (leadUnitId == null) {
            throw RuleViolationException.conflict("return.not-assigned",
                    "Case " + caseId + " has no lead unit to return it 案件没有牵头单位，无从退回");
        }
        if (!leadUnitId.equals(command.unitId())) {
            throw RuleViolationException.conflict("return.not-lead", "Only the lead unit " + leadUnitId
                    + " may return case " + caseId + " 只有牵头单位可以退回");
        }
        Instant until = policy.returnableUntil(leadSince);
        if (command.returnedAt().isAfter(until)) {
            throw RuleViolationException.conflict("return.window-closed", "Case " + caseId + " could be returned"
                    + " until " + until + " (" + policy.returnWindowWorkingDays() + " working days) 已超过退回时限");
        }
        apply(new CaseReturnedEvent(caseId, command.unitId(), command.reason().strip(), command.returnedAt()));
        apply(new CaseQueuedForTriageEvent(caseId, "退回 returned by " + command.unitId() + ": "
                + command.reason().strip(), command.returnedAt()));
        flagIfHandedOverTooOften(policy, command.returnedAt());
    }

    @CommandHandler
    public void handle(TransferCaseCommand command, AssignmentPolicy policy) {
        Handover.requireUnits("transfer", command.toUnitId(), command.coUnitIds());
        Handover.require("transfer.reason-required", command.reason(), "A transfer needs a reason 转办须说明理由");
        Handover.require("transfer.decided-by-required", command.decidedBy(),
                "A transfer names who decided it 转办须注明经办人");
        if (leadUnitId == null) {
            throw RuleViolationException.conflict("transfer.not-assigned", "Case " + caseId
                    + " waits in triage; dispatch it instead 案件在待分办队列中，请批办");
        }
        if (leadUnitId.equals(command.toUnitId())) {
            throw RuleViolationException.conflict("transfer.same-unit",
                    "Case " + caseId + " is already led by " + leadUnitId + " 已由该单位牵头");
        }
        apply(new CaseTransferredEvent(caseId, leadUnitId, command.toUnitId(), Handover.list(command.coUnitIds()),
                command.reason().strip(), command.decidedBy(), command.transferredAt()));
        flagIfHandedOverTooOften(policy, command.transferredAt());
    }

    /** From the sweeper: a case still without a lead unit after the allowed wait. Repeats change nothing. */
    @CommandHandler
    public void handle(FlagProblemCaseCommand command, AssignmentPolicy policy) {
        if (problem || leadUnitId != null || queuedSince == null
                || !policy.waitedTooLong(queuedSince, command.checkedAt())) {
            return;
        }
        apply(new CaseFlaggedAsProblemEvent(caseId, ProblemCause.NO_LEAD, "无牵头单位超过 "
                + policy.problemAfterWaiting() + " no lead unit for too long", handovers, command.checkedAt()));
    }

    private void flagIfHandedOverTooOften(AssignmentPolicy policy, Instant at) {
        if (!problem && handovers >= policy.problemAfterHandovers()) {
            apply(new CaseFlaggedAsProblemEvent(caseId, ProblemCause.HANDOVERS, "退回或转办 " + handovers
                    + " 次 returned or transferred " + handovers + " times", handovers, at));
        }
    }

    private static CaseAssignedEvent assigned(AssignCaseCommand command) {
        return new CaseAssignedEvent(command.caseId(), command.leadUnitId(), Handover.list(command.coUnitIds()),
                command.ruleId(), command.decidedBy(), command.decidedAt());
    }

    @EventSourcingHandler
    void on(CaseAssignedEvent event) {
        caseId = event.caseId();
        routed = true;
        if (!event.leadUnitId().equals(leadUnitId)) {
            leadSince = event.decidedAt();
        }
        leadUnitId = event.leadUnitId();
        queuedSince = null;
    }

    @EventSourcingHandler
    void on(CaseQueuedForTriageEvent event) {
        caseId = event.caseId();
        routed = true;
        leadUnitId = null;
        leadSince = null;
        queuedSince = event.queuedAt();
    }

    @EventSourcingHandler
    void on(CaseReturnedEvent event) {
        handovers++;
    }

    @EventSourcingHandler
    void on(CaseTransferredEvent event) {
        handovers++;
        leadUnitId = event.toUnitId();
        leadSince = event.transferredAt();
    }

    @EventSourcingHandler
    void on(CaseFlaggedAsProblemEvent event) {
        problem = true;
    }
}
