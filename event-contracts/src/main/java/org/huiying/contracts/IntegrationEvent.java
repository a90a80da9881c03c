package org.huiying.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact one service publishes for the others. Immutable; identified by its event id, which consumers use to
 * ignore redeliveries.
 */
public interface IntegrationEvent {

    UUID eventId();

    /** When the fact happened (event time, UTC). */
    Instant occurredAt();

    /** The Kafka record key: the case id, or the unit id on {@link Topics#ROUTING_UNITS}. */
    String key();
}
