package org.huiying.support.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.huiying.contracts.EventEnvelope;
import org.huiying.contracts.EventType;
import org.huiying.contracts.IntegrationEvent;

/** Reads and writes {@link EventEnvelope}s, choosing the record class from the envelope's {@code type}. */
public class EnvelopeCodec {

    private final ObjectMapper mapper;

    public EnvelopeCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String encode(EventEnvelope<?> envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write event " + envelope.id(), e);
        }
    }

    public EventEnvelope<? extends IntegrationEvent> decode(String json) {
        JsonNode tree = readTree(json);
        String typeName = tree.path("type").asText(null);
        if (typeName == null) {
            throw new UnreadableMessageException("missing field 'type'");
        }
        EventType type = EventType.byWireName(typeName)
                .orElseThrow(() -> new UnreadableMessageException("unknown event type '" + typeName + "'"));
        if (!tree.hasNonNull("data")) {
            throw new UnreadableMessageException("missing field 'data'");
        }
        JavaType envelopeType = mapper.getTypeFactory()
                .constructParametricType(EventEnvelope.class, type.recordType());
        try {
            EventEnvelope<? extends IntegrationEvent> envelope = mapper.convertValue(tree, envelopeType);
            if (envelope.id() == null) {
                throw new UnreadableMessageException("missing field 'id'");
            }
            if (!envelope.id().equals(envelope.data().eventId())) {
                throw new UnreadableMessageException("field 'data.eventId' must equal 'id' " + envelope.id());
            }
            return envelope;
        } catch (IllegalArgumentException e) {
            throw new UnreadableMessageException("not a valid '" + typeName + "' event: " + rootMessage(e), e);
        }
    }

    private JsonNode readTree(String json) {
        if (json == null || json.isBlank()) {
            throw new UnreadableMessageException("empty message");
        }
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UnreadableMessageException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
