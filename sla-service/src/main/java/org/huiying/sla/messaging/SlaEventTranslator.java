package org.huiying.sla.messaging;

import org.axonframework.eventhandling.DomainEventMessage;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.sla.DeadlineMissed;
import org.huiying.contracts.sla.DeadlinesSet;
import org.huiying.sla.deadline.CaseClockStartedEvent;
import org.huiying.sla.deadline.DeadlineMissedEvent;
import org.huiying.sla.deadline.UnitChargedEvent;
import org.huiying.support.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** What of the CaseClock aggregate's events other services see on {@code sla.deadlines.v1}. */
@Component
public class SlaEventTranslator implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(DomainEventMessage<?> message) {
        UUID eventId = UUID.fromString(message.getIdentifier());
        Object payload = message.getPayload();
        if (payload instanceof CaseClockStartedEvent event) {
            return Optional.of(new DeadlinesSet(eventId, event.at(), event.caseId(), event.unitId(), event.policy(),
                    event.policyVersion(), event.responseDueAt(), event.answerDueAt(), "post received"));
        }
        if (payload instanceof UnitChargedEvent event && event.answerDueAt() != null) {
            return Optional.of(new DeadlinesSet(eventId, event.at(), event.caseId(), event.unitId(), event.policy(),
                    event.policyVersion(), event.responseDueAt(), event.answerDueAt(), "unit charged"));
        }
        if (payload instanceof DeadlineMissedEvent event) {
            return Optional.of(new DeadlineMissed(eventId, event.at(), event.caseId(), event.unitId(),
                    event.deadline(), event.dueAt()));
        }
        return Optional.empty();
    }
}
