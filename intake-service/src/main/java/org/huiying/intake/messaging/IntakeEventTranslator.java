package org.huiying.intake.messaging;

import org.axonframework.eventhandling.DomainEventMessage;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.intake.PostReceived;
import org.huiying.intake.cases.PostReceivedEvent;
import org.huiying.support.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** What of the Case aggregate's events other services see on {@code intake.cases.v1}. */
@Component
public class IntakeEventTranslator implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(DomainEventMessage<?> message) {
        UUID eventId = UUID.fromString(message.getIdentifier());
        if (message.getPayload() instanceof PostReceivedEvent event) {
            return Optional.of(new PostReceived(eventId, event.receivedAt(), event.caseId(), event.source(),
                    event.postId(), event.threadId(), event.url(), event.board(), event.title(), event.body(),
                    event.postedAt(), event.scrapedAt(), event.channel()));
        }
        return Optional.empty();
    }
}
