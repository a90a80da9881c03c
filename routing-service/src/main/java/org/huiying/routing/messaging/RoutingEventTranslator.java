package org.huiying.routing.messaging;

import org.axonframework.eventhandling.DomainEventMessage;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.routing.CaseAssigned;
import org.huiying.contracts.routing.CaseQueuedForTriage;
import org.huiying.routing.assignment.CaseAssignedEvent;
import org.huiying.routing.assignment.CaseQueuedForTriageEvent;
import org.huiying.support.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** What of the Assignment aggregate's events other services see on {@code routing.assignments.v1}. */
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
        return Optional.empty();
    }
}
