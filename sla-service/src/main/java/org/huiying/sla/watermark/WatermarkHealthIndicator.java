package org.huiying.sla.watermark;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code watermarks}: each forum source's watermark and how far it is behind the clock; UP with a {@code warning}
 * naming the sources whose watermark is more than {@code HUIYING_WATERMARK_STALL_AFTER} behind — a scraper that
 * stopped, whose cases' clocks wait for it (no 催办 or 督办 fires on them until it sends again or a heartbeat).
 */
@Component("watermarks")
public class WatermarkHealthIndicator extends AbstractHealthIndicator {

    private final SourceWatermarks watermarks;
    private final Clock clock;
    private final Duration stallAfter;

    public WatermarkHealthIndicator(SourceWatermarks watermarks, Clock clock,
                                    @Value("${huiying.sla.watermark-stall-after:PT6H}") Duration stallAfter) {
        this.watermarks = watermarks;
        this.clock = clock;
        this.stallAfter = stallAfter;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        Instant now = clock.instant();
        Map<String, Object> sources = new TreeMap<>();
        Map<String, String> stalled = new TreeMap<>();
        watermarks.all().forEach((source, watermark) -> {
            Duration behind = Duration.between(watermark, now);
            sources.put(source, Map.of("watermark", watermark.toString(), "behind", behind.toString()));
            if (behind.compareTo(stallAfter) > 0) {
                stalled.put(source, behind.toString());
            }
        });
        health.up().withDetail("sources", sources);
        if (!stalled.isEmpty()) {
            health.withDetail("warning", "Watermark of " + stalled.keySet() + " behind the clock by more than "
                    + stallAfter + " 采集水位停滞: its cases' deadlines are judged only up to it; check the scraper, or "
                    + "have it send heartbeats");
        }
    }
}
