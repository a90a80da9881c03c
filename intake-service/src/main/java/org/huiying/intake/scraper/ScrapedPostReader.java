package org.huiying.intake.scraper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.huiying.contracts.scraper.ScrapedPost;
import org.huiying.contracts.scraper.ScraperHeartbeat;
import org.huiying.contracts.scraper.ScraperMessage;
import org.huiying.support.json.Json;
import org.huiying.support.kafka.UnreadableMessageException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads a scraper message (contract v1: a post or a heartbeat), naming the first field missing, malformed or out of
 * the sane window ({@link ScrapeLimits}); a body over the limit is kept truncated.
 */
@Component
public class ScrapedPostReader {

    private static final List<String> REQUIRED = List.of("source", "postId", "threadId", "author", "body");

    private final ObjectMapper mapper = Json.newMapper();
    private final Clock clock;
    private final ScrapeLimits limits;

    public ScrapedPostReader() {
        this(Clock.systemUTC(), ScrapeLimits.defaults());
    }

    @Autowired
    public ScrapedPostReader(Clock clock, ScrapeLimits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    /** A post, or a source's heartbeat (a message with {@code watermark} and no {@code postId}). */
    public ScraperMessage readMessage(String json) {
        JsonNode tree = parse(json);
        if (tree.has("watermark") && !tree.has("postId")) {
            if (!tree.hasNonNull("source") || !tree.get("source").isTextual() || tree.get("source").asText().isBlank()) {
                throw new UnreadableMessageException("missing required field 'source'");
            }
            return new ScraperHeartbeat(text(tree, "source"), sane(time(tree, "watermark"), "watermark"));
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
        OffsetDateTime postedAt = sane(time(tree, "postedAt"), "postedAt");
        OffsetDateTime scrapedAt = sane(time(tree, "scrapedAt"), "scrapedAt");
        if (postedAt.toInstant().isAfter(scrapedAt.toInstant().plus(limits.maxClockSkew()))) {
            throw new UnreadableMessageException("field 'postedAt' (" + postedAt + ") is after 'scrapedAt' ("
                    + scrapedAt + ")");
        }
        return new ScrapedPost(text(tree, "source"), text(tree, "postId"), text(tree, "threadId"),
                text(tree, "replyTo"), text(tree, "url"), text(tree, "board"), text(tree, "author"),
                text(tree, "title"), bounded(text(tree, "body")), postedAt, scrapedAt);
    }

    /** A time from 2000 on and not further ahead of the clock than the allowed skew. */
    private OffsetDateTime sane(OffsetDateTime time, String field) {
        if (time.toInstant().isBefore(ScrapeLimits.EARLIEST)) {
            throw new UnreadableMessageException("field '" + field + "' is before 2000-01-01: " + time);
        }
        Instant latest = clock.instant().plus(limits.maxClockSkew());
        if (time.toInstant().isAfter(latest)) {
            throw new UnreadableMessageException("field '" + field + "' is in the future (more than "
                    + limits.maxClockSkew() + " ahead of the clock): " + time);
        }
        return time;
    }

    /** The body, cut at the limit with a marker naming its original length. */
    private String bounded(String body) {
        if (body.length() <= limits.maxBodyChars()) {
            return body;
        }
        return body.substring(0, limits.maxBodyChars()) + "…〔正文过长已截断 truncated: the original has "
                + body.length() + " characters〕";
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
