package org.huiying.intake.watermark;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.huiying.contracts.EventEnvelope;
import org.huiying.contracts.Topics;
import org.huiying.contracts.intake.SourceWatermarkAdvanced;
import org.huiying.support.kafka.EnvelopeCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Publishes each source's watermark on the compacted {@code intake.watermarks.v1} whenever it moved on and the relay
 * has delivered the case events stored before it. It is not an event of any case, so it is sent here rather than
 * stored: on a restart the watermarks are worked out again from the posts read, and a lower one than the last
 * published is never sent (readers keep the highest anyway).
 */
@Component
public class WatermarkPublisher {

    private static final Logger log = LoggerFactory.getLogger(WatermarkPublisher.class);

    private final SourceWatermarkTracker tracker;
    private final KafkaTemplate<String, String> kafka;
    private final EnvelopeCodec codec;
    private final Clock clock;
    private final Map<String, Instant> published = new ConcurrentHashMap<>();

    public WatermarkPublisher(SourceWatermarkTracker tracker, KafkaTemplate<String, String> kafka,
                              EnvelopeCodec codec, Clock clock) {
        this.tracker = tracker;
        this.kafka = kafka;
        this.codec = codec;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${huiying.scrape.watermark-interval:PT1S}", initialDelayString = "PT1S")
    public void publish() {
        tracker.publishable().forEach((source, candidate) -> {
            Instant last = published.get(source);
            if (last != null && !candidate.watermark().isAfter(last)) {
                return;
            }
            SourceWatermarkAdvanced event = new SourceWatermarkAdvanced(UUID.randomUUID(), candidate.watermark(),
                    source, candidate.watermark(), candidate.basis());
            EventEnvelope<SourceWatermarkAdvanced> envelope = EventEnvelope.wrap(event, "intake-service",
                    clock.instant(), null, source);
            try {
                kafka.send(new ProducerRecord<>(Topics.INTAKE_WATERMARKS, source, codec.encode(envelope)))
                        .get(10, TimeUnit.SECONDS);
                published.put(source, candidate.watermark());
            } catch (Exception e) {
                log.warn("Watermark of {} not published; tried again: {}", source, e.toString());
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }
}
