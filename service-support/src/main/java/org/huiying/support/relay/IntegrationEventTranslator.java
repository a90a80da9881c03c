package org.huiying.support.relay;

import org.axonframework.eventhandling.DomainEventMessage;
import org.huiying.contracts.IntegrationEvent;

import java.util.Optional;

/**
 * Turns a service's internal Axon event into the integration event other services read, or nothing for events that
 * stay inside the service. One per service.
 */
@FunctionalInterface
public interface IntegrationEventTranslator {

    Optional<IntegrationEvent> translate(DomainEventMessage<?> event);
}
