package org.huiying.intake.watermark;

import org.apache.kafka.common.TopicPartition;
import org.huiying.contracts.intake.SourceWatermarkAdvanced;
import org.huiying.support.relay.StoredEventRelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Each forum source's watermark, the way stream processors keep one per input partition: without heartbeats, per
 * partition of {@code scraper.posts.v1} the latest {@code scrapedAt} seen, and for the source the lowest of them over
 * the partitions that still have records to read (the highest once all are read), minus the allowed lateness
 * ({@code HUIYING_SCRAPE_ALLOWED_LATENESS}). A heartbeat counts once every partition has been read as far as it
 * stood when the heartbeat was read; from a source's first heartbeat on, heartbeats alone move its watermark.
 * <p>
 * A watermark is offered for publication with the relay cycle current when it was computed: it goes out only once
 * the relay has delivered every case event stored before it, so the SLA clock never sees a watermark ahead of facts.
 */
@Component
public class SourceWatermarkTracker {

    private final Duration allowedLateness;
    private final StoredEventRelay relay;
    private final Map<String, Map<Integer, PartitionMark>> scraped = new ConcurrentHashMap<>();
    private final Map<String, Instant> heartbeats = new ConcurrentHashMap<>();
    private final List<PendingHeartbeat> pendingHeartbeats = new CopyOnWriteArrayList<>();
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private final Map<String, Candidate> candidates = new ConcurrentHashMap<>();

    public SourceWatermarkTracker(@Value("${huiying.scrape.allowed-lateness:PT2H}") Duration allowedLateness,
                                  StoredEventRelay relay) {
        this.allowedLateness = allowedLateness;
        this.relay = relay;
    }

    /** A post of {@code source}, processed, read from {@code partition}; {@code caughtUp}: nothing left to read there. */
    public void observed(String source, TopicPartition partition, long offset, Instant scrapedAt, boolean caughtUp) {
        processed(partition, offset);
        scraped.computeIfAbsent(source, s -> new ConcurrentHashMap<>())
                .compute(partition.partition(), (p, mark) -> new PartitionMark(
                        mark == null || scrapedAt.isAfter(mark.latestScrapedAt()) ? scrapedAt
                                : mark.latestScrapedAt(), caughtUp));
        if (!heartbeats.containsKey(source)) {
            scrapedWatermark(source).ifPresent(w -> offer(source, w, SourceWatermarkAdvanced.SCRAPED_AT));
        }
        settleHeartbeats();
    }

    /** A heartbeat, effective once every partition has been read up to {@code ends}. */
    public void heartbeat(String source, Instant watermark, TopicPartition partition, long offset,
                          Map<TopicPartition, Long> ends) {
        processed(partition, offset);
        pendingHeartbeats.add(new PendingHeartbeat(source, watermark, Map.copyOf(ends)));
        settleHeartbeats();
    }

    /** A record read from {@code partition} that carried no post (a dead letter): the position moves on all the same. */
    public void processed(TopicPartition partition, long offset) {
        positions.merge(partition, offset + 1, Math::max);
    }

    public void assigned(Map<TopicPartition, Long> assignments) {
        positions.putAll(assignments);
        settleHeartbeats();
    }

    private void settleHeartbeats() {
        for (PendingHeartbeat pending : pendingHeartbeats) {
            boolean read = pending.ends().entrySet().stream().allMatch(end -> {
                Long position = positions.get(end.getKey());
                return position == null || position >= end.getValue();
            });
            if (read) {
                pendingHeartbeats.remove(pending);
                heartbeats.merge(pending.source(), pending.watermark(), (a, b) -> a.isAfter(b) ? a : b);
                offer(pending.source(), heartbeats.get(pending.source()), SourceWatermarkAdvanced.HEARTBEAT);
            }
        }
    }

    private Optional<Instant> scrapedWatermark(String source) {
        Map<Integer, PartitionMark> marks = scraped.getOrDefault(source, Map.of());
        Optional<Instant> lagging = marks.values().stream().filter(mark -> !mark.caughtUp())
                .map(PartitionMark::latestScrapedAt).min(Instant::compareTo);
        Optional<Instant> latest = lagging.isPresent() ? lagging
                : marks.values().stream().map(PartitionMark::latestScrapedAt).max(Instant::compareTo);
        return latest.map(at -> at.minus(allowedLateness));
    }

    private void offer(String source, Instant watermark, String basis) {
        candidates.merge(source, new Candidate(watermark, basis, relay.cyclesStarted()),
                (known, offered) -> offered.watermark().isAfter(known.watermark()) ? offered : known);
    }

    /** The watermarks whose events the relay has all delivered, highest per source. */
    public Map<String, Candidate> publishable() {
        long drained = relay.drainedThrough();
        Map<String, Candidate> ready = new HashMap<>();
        candidates.forEach((source, candidate) -> {
            if (drained > candidate.relayCycle()) {
                ready.put(source, candidate);
            }
        });
        return ready;
    }

    /** A watermark computed while the relay was in cycle {@code relayCycle}. */
    public record Candidate(Instant watermark, String basis, long relayCycle) {
    }

    private record PartitionMark(Instant latestScrapedAt, boolean caughtUp) {
    }

    private record PendingHeartbeat(String source, Instant watermark, Map<TopicPartition, Long> ends) {
    }
}
