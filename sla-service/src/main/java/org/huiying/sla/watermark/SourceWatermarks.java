package org.huiying.sla.watermark;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The event-time horizon of each forum source (采集水位): a scraped case's deadlines are judged, and its ladder steps
 * fire, only up to its source's watermark — everything the source posted before it has reached the clock. A
 * watermark received from intake waits until the case facts published before it have been read
 * ({@link CaseFactPositions}); a watermark never moves back. Cases the office entered ({@code manual:…}) follow the
 * wall clock. A source with no watermark yet judges nothing.
 */
@Component
public class SourceWatermarks {

    public static final String MANUAL_SOURCE = "manual";

    private final CaseFactPositions positions;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Map<String, Instant> effective = new ConcurrentHashMap<>();
    private final List<Pending> pending = new CopyOnWriteArrayList<>();

    public SourceWatermarks(CaseFactPositions positions, Clock clock, MeterRegistry meters) {
        this.positions = positions;
        this.clock = clock;
        this.meters = meters;
    }

    /** A watermark from intake, effective once the case facts have been read as far as {@code ends}. */
    public void offer(String source, Instant watermark, Map<TopicPartition, Long> ends) {
        pending.add(new Pending(source, watermark, Map.copyOf(ends)));
        settle();
    }

    /** Makes effective every pending watermark whose facts have all been read. */
    public void settle() {
        for (Pending candidate : pending) {
            if (positions.reached(candidate.ends())) {
                pending.remove(candidate);
                advance(candidate.source(), candidate.watermark());
            }
        }
    }

    private void advance(String source, Instant watermark) {
        Instant before = effective.get(source);
        if (before == null) {
            Gauge.builder("huiying.sla.source.watermark.lag", this, w -> w.lagSeconds(source))
                    .description("How far a forum source's watermark (采集水位) is behind the clock; the SLA clock of "
                            + "its cases is judged only up to the watermark").baseUnit("seconds")
                    .tag("source", source).register(meters);
        }
        if (before == null || watermark.isAfter(before)) {
            effective.put(source, watermark);
        }
    }

    /** Up to when the case's facts are known: its source's watermark, the wall clock for manual cases; null if none. */
    public Instant horizonFor(String caseId, Instant now) {
        int colon = caseId.indexOf(':');
        String source = colon < 0 ? caseId : caseId.substring(0, colon);
        if (MANUAL_SOURCE.equals(source)) {
            return now;
        }
        Instant watermark = effective.get(source);
        if (watermark == null) {
            return null;
        }
        return watermark.isAfter(now) ? now : watermark;
    }

    public Map<String, Instant> all() {
        return Map.copyOf(effective);
    }


    double lagSeconds(String source) {
        Instant watermark = effective.get(source);
        return watermark == null ? Double.NaN
                : Math.max(0, Duration.between(watermark, clock.instant()).toMillis() / 1000.0);
    }

    private record Pending(String source, Instant watermark, Map<TopicPartition, Long> ends) {
    }
}
