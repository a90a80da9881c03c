package org.huiying.routing.messaging;

import org.axonframework.eventhandling.DomainEventMessage;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.routing.CaseAssigned;
import org.huiying.contracts.routing.CaseFlaggedAsProblem;
import org.huiying.contracts.routing.CaseQueuedForTriage;
import org.huiying.contracts.routing.CaseReturned;
import org.huiying.contracts.routing.CaseTransferred;
import org.huiying.contracts.routing.UnitUpdated;
import org.huiying.routing.assignment.CaseAssignedEvent;
import org.huiying.routing.assignment.CaseFlaggedAsProblemEvent;
import org.huiying.routing.assignment.CaseQueuedForTriageEvent;
import org.huiying.routing.assignment.CaseReturnedEvent;
import org.huiying.routing.assignment.CaseTransferredEvent;
import org.huiying.routing.directory.Unit;
import org.huiying.routing.directory.change.UnitEvent;
import org.huiying.support.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * What other services see: the Assignment aggregate's events on {@code routing.assignments.v1}, and each change of a
 * unit of the directory as the unit's whole entry on the compacted {@code routing.units.v1}. Rules stay inside.
 */
@Component
public class RoutingEventTranslator implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(DomainEventMessage<?> message) {
        UUID eventId = UUID.fromString(message.getIdentifier());
        Object payload = message.getPayload();
        if (payload instanceof CaseAssignedEvent event) {
            return Optional.of(new CaseAssigned(eventId, event.decidedAt(), event.caseId(), event.leadUnitId(),
                    event.coUnitIds(), event.ruleId(), event.decidedBy()));
        }
        if (payload instanceof CaseQueuedForTriageEvent event) {
            return Optional.of(new CaseQueuedForTriage(eventId, event.queuedAt(), event.caseId(), event.reason()));
        }
        if (payload instanceof CaseReturnedEvent event) {
            return Optional.of(new CaseReturned(eventId, event.returnedAt(), event.caseId(), event.unitId(),
                    event.reason()));
        }
        if (payload instanceof CaseTransferredEvent event) {
            return Optional.of(new CaseTransferred(eventId, event.transferredAt(), event.caseId(),
                    event.fromUnitId(), event.toUnitId(), event.coUnitIds(), event.reason(), event.decidedBy()));
        }
        if (payload instanceof CaseFlaggedAsProblemEvent event) {
            return Optional.of(new CaseFlaggedAsProblem(eventId, event.flaggedAt(), event.caseId(),
                    event.cause().wireName(), event.reason(), event.handovers()));
        }
        if (payload instanceof UnitEvent event) {
            Unit unit = event.unit();
            return Optional.of(new UnitUpdated(eventId, event.changedAt(), unit.id(), unit.name(), unit.kind(),
                    unit.parentId(), unit.accounts(), unit.retired(), unit.spokesperson(), unit.liaison(),
                    unit.contact()));
        }
        return Optional.empty();
    }
}
