package org.huiying.support.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.huiying.contracts.EventType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** The event-contracts golden samples, and copies of them changed the way a careless producer would. */
final class EnvelopeFixture {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EnvelopeFixture() {
    }

    static String goldenSample(EventType type) {
        String path = "/samples/" + type.topic() + "/" + type.wireName() + ".json";
        try (InputStream in = EnvelopeFixture.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No golden sample " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String postReceived() {
        return goldenSample(EventType.POST_RECEIVED);
    }

    /** The same JSON after {@code change} has been applied to its top-level object. */
    static String changed(String json, Consumer<ObjectNode> change) {
        ObjectNode tree = (ObjectNode) tree(json);
        change.accept(tree);
        return tree.toString();
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
