package org.huiying.support.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.huiying.contracts.EventEnvelope;
import org.huiying.contracts.EventType;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.support.kafka.EnvelopeCodec;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Publishes stored events as integration events: each one the service's translator maps is wrapped in the envelope
 * (with the stored event's id, time, causation and correlation) and sent to its topic, keyed by case. Returns only when
 * the broker has confirmed every record; a failure throws, and the caller delivers again.
 */
final class KafkaEventPublisher {

    private final IntegrationEventTranslator translator;
    private final KafkaTemplate<String, String> kafka;
    private final EnvelopeCodec codec;
    private final String producer;
    private final Counter published;

    KafkaEventPublisher(IntegrationEventTranslator translator, KafkaTemplate<String, String> kafka, EnvelopeCodec codec,
                        String producer, MeterRegistry meters) {
        this.translator = translator;
        this.kafka = kafka;
        this.codec = codec;
        this.producer = producer;
        this.published = Counter.builder("huiying.relay.published.events")
                .description("Stored events published to Kafka by the relay").register(meters);
    }

    void publish(List<DomainEventMessage<?>> events) {
        List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>();
        for (DomainEventMessage<?> event : events) {
            translator.translate(event).ifPresent(integrationEvent -> sends.add(send(event, integrationEvent)));
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        published.increment(sends.size());
    }

    private CompletableFuture<SendResult<String, String>> send(DomainEventMessage<?> stored, IntegrationEvent event) {
        EventEnvelope<IntegrationEvent> envelope = EventEnvelope.wrap(event, producer, stored.getTimestamp(),
                metaData(stored, "causationId"), metaData(stored, "correlationId"));
        String topic = EventType.of(event.getClass()).topic();
        return kafka.send(new ProducerRecord<>(topic, event.key(), codec.encode(envelope)));
    }

    private static String metaData(DomainEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
