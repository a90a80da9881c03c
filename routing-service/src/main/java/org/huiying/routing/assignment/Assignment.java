package org.huiying.routing.assignment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Who answers one case. Routing by rules happens once per case: a redelivered post finds the case already routed
 * and changes nothing.
 */
@Aggregate(cache = "aggregateCache")
public class Assignment {

    @AggregateIdentifier
    private String caseId;
    private String leadUnitId;
    private boolean routed;

    protected Assignment() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AssignCaseCommand command) {
        if (routed && command.ruleId() != null) {
            return;
        }
        apply(new CaseAssignedEvent(command.caseId(), command.leadUnitId(), command.coUnitIds(), command.ruleId(),
                command.decidedBy(), command.decidedAt()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(QueueCaseForTriageCommand command) {
        if (routed) {
            return;
        }
        apply(new CaseQueuedForTriageEvent(command.caseId(), command.reason(), command.queuedAt()));
    }

    @EventSourcingHandler
    void on(CaseAssignedEvent event) {
        caseId = event.caseId();
        leadUnitId = event.leadUnitId();
        routed = true;
    }

    @EventSourcingHandler
    void on(CaseQueuedForTriageEvent event) {
        caseId = event.caseId();
        routed = true;
    }
}
