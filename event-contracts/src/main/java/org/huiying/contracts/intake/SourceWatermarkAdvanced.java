package org.huiying.contracts.intake;

import org.huiying.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * 采集水位: everything the forum {@code source} posted before {@code watermark} has reached intake and been published
 * on {@code intake.cases.v1}. The SLA clock judges a scraped case's deadlines only up to its source's watermark, so
 * a reply posted in time but scraped late is never judged late. {@code basis} says where it came from:
 * {@code heartbeat} (the scraper said so) or {@code scraped-at} (the latest {@code scrapedAt} seen minus the allowed
 * lateness). On the compacted topic {@code intake.watermarks.v1}, keyed by source; a watermark never moves back.
 */
public record SourceWatermarkAdvanced(UUID eventId, Instant occurredAt, String source, Instant watermark,
                                      String basis) implements IntegrationEvent {

    public static final String HEARTBEAT = "heartbeat";
    public static final String SCRAPED_AT = "scraped-at";

    @Override
    public String key() {
        return source;
    }
}
