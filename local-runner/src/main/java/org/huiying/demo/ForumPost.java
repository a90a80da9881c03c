package org.huiying.demo;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One message of scraper contract v1 as a scraper would publish it to {@code scraper.posts.v1}: the value is this
 * record as JSON (absent optional fields are left out), the key is {@link #kafkaKey()}. Timestamps are ISO-8601
 * strings with an offset.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"source", "postId", "threadId", "replyTo", "url", "board", "author", "title", "body",
        "postedAt", "scrapedAt"})
public record ForumPost(
        String source,
        String postId,
        String threadId,
        String replyTo,
        String url,
        String board,
        String author,
        String title,
        String body,
        String postedAt,
        String scrapedAt) {

    /** {@code <source>:<threadId>}: all posts of a thread go to the same partition, in order. */
    @JsonIgnore
    public String kafkaKey() {
        return source + ":" + threadId;
    }

    @JsonIgnore
    public boolean isThreadStart() {
        return replyTo == null;
    }
}
