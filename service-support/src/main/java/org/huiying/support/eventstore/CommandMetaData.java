package org.huiying.support.eventstore;

import org.axonframework.messaging.MetaData;
import org.huiying.contracts.EventEnvelope;

/**
 * Meta-data keys a command carries so that the events it causes can name their cause and, for a user's request, the
 * signed-in user who made it ({@value #ACTOR}), kept on every stored event of the command.
 */
public final class CommandMetaData {

    public static final String CAUSATION_ID = "causationId";
    public static final String CORRELATION_ID = "correlationId";
    public static final String ACTOR = "actor";

    private CommandMetaData() {
    }

    /** For a command caused by a consumed integration event. */
    public static MetaData causedBy(EventEnvelope<?> envelope) {
        String correlation = envelope.correlationId() != null ? envelope.correlationId() : envelope.subject();
        return MetaData.with(CAUSATION_ID, envelope.id().toString()).and(CORRELATION_ID, correlation);
    }

    /** For a command a signed-in user asked for over REST: the user is its cause and its actor. */
    public static MetaData signedIn(String username, String correlationId) {
        return causedBy("user:" + username, correlationId).and(ACTOR, username);
    }

    /** For a command caused by a message that is not an integration event (a scraped post, a REST call). */
    public static MetaData causedBy(String causationId, String correlationId) {
        return MetaData.with(CAUSATION_ID, causationId).and(CORRELATION_ID, correlationId);
    }
}
