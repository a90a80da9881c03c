package org.huiying.contracts.scraper;

/** What a scraper writes to {@code scraper.posts.v1}: a post, or a heartbeat of its source. */
public sealed interface ScraperMessage permits ScrapedPost, ScraperHeartbeat {

    String source();
}
