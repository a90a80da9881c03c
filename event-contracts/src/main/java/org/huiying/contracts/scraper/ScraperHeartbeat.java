package org.huiying.contracts.scraper;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;

/**
 * Scraper contract v1, optional: a source's heartbeat (水位) on {@code scraper.posts.v1}, key {@code <source>} — "every
 * post of {@code source} posted before {@code watermark} has been sent". Once a source sends heartbeats its watermark
 * comes from them alone; without them it is the latest {@code scrapedAt} seen minus the allowed lateness.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScraperHeartbeat(String source, OffsetDateTime watermark) implements ScraperMessage {
}
