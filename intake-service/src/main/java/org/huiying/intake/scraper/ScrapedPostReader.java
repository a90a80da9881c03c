package org.huiying.intake.scraper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.huiying.contracts.scraper.ScrapedPost;
import org.huiying.contracts.scraper.ScraperHeartbeat;
import org.huiying.contracts.scraper.ScraperMessage;
import org.huiying.support.json.Json;
import org.huiying.support.kafka.UnreadableMessageException;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads a scraper message (contract v1: a post or a heartbeat), naming the first field missing or malformed. */
@Component
public class ScrapedPostReader {

    private static final List<String> REQUIRED = List.of("source", "postId", "threadId", "author", "body");

    private final ObjectMapper mapper = Json.newMapper();

    /** A post, or a source's heartbeat (a message with {@code watermark} and no {@code postId}). */
    public ScraperMessage readMessage(String json) {
        JsonNode tree = parse(json);
        if (tree.has("watermark") && !tree.has("postId")) {
            if (!tree.hasNonNull("source") || !tree.get("source").isTextual() || tree.get("source").asText().isBlank()) {
                throw new UnreadableMessageException("missing required field 'source'");
            }
            return new ScraperHeartbeat(text(tree, "source"), time(tree, "watermark"));
        }
        return post(tree);
    }

    public ScrapedPost read(String json) {
        return post(parse(json));
    }

    private ScrapedPost post(JsonNode tree) {
        for (String field : REQUIRED) {
            if (!tree.hasNonNull(field) || !tree.get(field).isTextual() || tree.get(field).asText().isBlank()) {
                throw new UnreadableMessageException("missing required field '" + field + "'");
            }
        }
        return new ScrapedPost(text(tree, "source"), text(tree, "postId"), text(tree, "threadId"),
                text(tree, "replyTo"), text(tree, "url"), text(tree, "board"), text(tree, "author"),
                text(tree, "title"), text(tree, "body"), time(tree, "postedAt"), time(tree, "scrapedAt"));
    }

    private JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw new UnreadableMessageException("empty message");
        }
        try {
            JsonNode tree = mapper.readTree(json);
            if (!tree.isObject()) {
                throw new UnreadableMessageException("not a JSON object");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new UnreadableMessageException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode tree, String field) {
        JsonNode value = tree.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static OffsetDateTime time(JsonNode tree, String field) {
        String value = text(tree, field);
        if (value == null || value.isBlank()) {
            throw new UnreadableMessageException("missing required field '" + field + "'");
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new UnreadableMessageException("field '" + field + "' is not an ISO-8601 date-time with offset: "
                    + value, e);
        }
    }
}
