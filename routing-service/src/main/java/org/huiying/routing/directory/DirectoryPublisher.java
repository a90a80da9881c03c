package org.huiying.routing.directory;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.huiying.contracts.EventEnvelope;
import org.huiying.contracts.Topics;
import org.huiying.contracts.routing.UnitUpdated;
import org.huiying.support.kafka.EnvelopeCodec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Publishes the directory in force to the compacted {@code routing.units.v1}, so other services keep a local copy.
 * The event id is derived from the entry's content: publishing an unchanged directory again is a repeat that every
 * consumer ignores.
 */
@Component
public class DirectoryPublisher {

    private final UnitDirectory directory;
    private final KafkaTemplate<String, String> kafka;
    private final EnvelopeCodec codec;
    private final Clock clock;
    private final String service;

    public DirectoryPublisher(UnitDirectory directory, KafkaTemplate<String, String> kafka, EnvelopeCodec codec,
                              Clock clock, @Value("${spring.application.name}") String service) {
        this.directory = directory;
        this.kafka = kafka;
        this.codec = codec;
        this.clock = clock;
        this.service = service;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void publishDirectory() {
        CompletableFuture.allOf(directory.units().stream().map(this::publish).toArray(CompletableFuture[]::new))
                .join();
    }

    private CompletableFuture<?> publish(Unit unit) {
        UUID id = UUID.nameUUIDFromBytes(unit.toString().getBytes(StandardCharsets.UTF_8));
        UnitUpdated event = new UnitUpdated(id, clock.instant(), unit.id(), unit.name(), unit.kind(),
                unit.parentId(), unit.accounts(), false);
        EventEnvelope<UnitUpdated> envelope = EventEnvelope.wrap(event, service, clock.instant(), null, null);
        return kafka.send(new ProducerRecord<>(Topics.ROUTING_UNITS, unit.id(), codec.encode(envelope)));
    }
}
