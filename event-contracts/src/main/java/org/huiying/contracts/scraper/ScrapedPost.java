package org.huiying.contracts.scraper;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;

/**
 * Scraper contract v1: one post, reply or follow-up as seen on a forum, published by an external scraper to
 * {@code scraper.posts.v1} with key {@code <source>:<threadId>}. Not enveloped: scrapers in any language write it.
 * The JSON Schema is {@code schemas/scraper-post.v1.schema.json}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScrapedPost(String source, String postId, String threadId, String replyTo, String url, String board,
                          String author, String title, String body, OffsetDateTime postedAt,
                          OffsetDateTime scrapedAt) implements ScraperMessage {

    public String caseId() {
        return source + ":" + threadId;
    }

    public boolean isThreadStart() {
        return replyTo == null || replyTo.isBlank();
    }
}
