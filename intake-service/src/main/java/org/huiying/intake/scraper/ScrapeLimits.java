package org.huiying.intake.scraper;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.Instant;

/**
 * What a scraped message may say and still be read: times from 2000 on and at most {@code maxClockSkew} ahead of
 * the clock (a post is not dated after it was scraped by more than that either), a body of at most
 * {@code maxBodyChars} characters (longer ones are kept truncated, with a marker that names the original length).
 */
@ConfigurationProperties("huiying.scrape")
public record ScrapeLimits(Duration maxClockSkew, Integer maxBodyChars) {

    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    public ScrapeLimits {
        maxClockSkew = maxClockSkew == null ? Duration.ofHours(1) : maxClockSkew;
        maxBodyChars = maxBodyChars == null ? 20_000 : maxBodyChars;
    }

    public static ScrapeLimits defaults() {
        return new ScrapeLimits(null, null);
    }
}
