package org.huiying.support.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.SubscribableMessageSource;
import org.huiying.contracts.EventEnvelope;
import org.huiying.contracts.EventType;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.support.kafka.EnvelopeCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Delivers every stored event exactly where it must go — translated to Kafka, and to the service's own projections —
 * without ever scanning the event store.
 * <p>
 * The storage engine marks an aggregate as pending before it appends (see {@link PendingAggregates}); the relay reads
 * the few pending aggregates, fetches each one's new events by exact key from its last delivered position, sends them
 * to Kafka and waits for the broker's confirmation of the whole batch, hands them to the local subscribers, and only
 * then records the position and clears the marker. A crash anywhere in between means the events are delivered again,
 * never lost; consumers ignore the repeats by event id. Events of one aggregate are always delivered in order.
 */
public class StoredEventRelay implements SubscribableMessageSource<EventMessage<?>>, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StoredEventRelay.class);

    private final EventStorageEngine storage;
    private final PendingAggregates pending;
    private final PublishedPositions positions;
    private final RelayLease lease;
    private final IntegrationEventTranslator translator;
    private final KafkaTemplate<String, String> kafka;
    private final EnvelopeCodec codec;
    private final String producer;
    private final RelayProperties properties;
    private final Clock clock;
    private final List<Consumer<List<? extends EventMessage<?>>>> subscribers = new CopyOnWriteArrayList<>();
    private final Semaphore wakeUp = new Semaphore(0);
    private final Counter published;
    private final Timer lag;
    private volatile boolean running;
    private Thread worker;

    public StoredEventRelay(EventStorageEngine storage, PendingAggregates pending, PublishedPositions positions,
                            RelayLease lease, IntegrationEventTranslator translator,
                            KafkaTemplate<String, String> kafka, EnvelopeCodec codec, String producer,
                            RelayProperties properties, Clock clock, MeterRegistry meters) {
        this.storage = storage;
        this.pending = pending;
        this.positions = positions;
        this.lease = lease;
        this.translator = translator;
        this.kafka = kafka;
        this.codec = codec;
        this.producer = producer;
        this.properties = properties;
        this.clock = clock;
        this.published = Counter.builder("huiying.relay.published.events")
                .description("Stored events published to Kafka by the relay").register(meters);
        this.lag = Timer.builder("huiying.relay.lag")
                .description("Time from storing an event to its delivery to Kafka and the local projections")
                .register(meters);
    }

    @Override
    public Registration subscribe(Consumer<List<? extends EventMessage<?>>> messageProcessor) {
        subscribers.add(messageProcessor);
        return () -> subscribers.remove(messageProcessor);
    }

    /** Called after every append, so that new events go out at once instead of at the next poll. */
    public void wakeUp() {
        wakeUp.release();
    }

    /**
     * Runs one relay cycle on the caller's thread; returns how many events were delivered. The listed aggregates are
     * handled as one batch: their positions in one read, every record sent before waiting once for the broker, the
     * projections fed once, then the positions and the cleared markers in one bulk write each.
     */
    public int relayPending() {
        if (!lease.acquire()) {
            return 0;
        }
        List<PendingAggregates.Marker> markers = pending.list(properties.batchSize());
        if (markers.isEmpty()) {
            return 0;
        }
        Map<String, Long> next = positions.nextSequences(markers.stream().map(PendingAggregates.Marker::aggregateId)
                .toList());
        List<DomainEventMessage<?>> events = new ArrayList<>();
        Map<String, Long> delivered = new LinkedHashMap<>();
        for (PendingAggregates.Marker marker : markers) {
            int before = events.size();
            storage.readEvents(marker.aggregateId(), next.get(marker.aggregateId())).forEachRemaining(events::add);
            if (events.size() > before) {
                delivered.put(marker.aggregateId(), events.get(events.size() - 1).getSequenceNumber());
            }
        }
        if (!events.isEmpty()) {
            publishToKafka(events);
            subscribers.forEach(subscriber -> subscriber.accept(events));
            positions.delivered(delivered);
            Instant now = clock.instant();
            events.forEach(event -> lag.record(Duration.between(event.getTimestamp(), now)));
        }
        settle(markers);
        return events.size();
    }

    private void settle(List<PendingAggregates.Marker> markers) {
        List<PendingAggregates.Marker> settled = new ArrayList<>();
        for (PendingAggregates.Marker marker : markers) {
            if (marker.settled()) {
                settled.add(marker);
            } else if (pending.isAbandoned(marker, properties.abandonedAfter())) {
                pending.forgetAbandoned(marker);
            }
        }
        pending.clear(settled);
    }

    private void publishToKafka(List<DomainEventMessage<?>> events) {
        List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>();
        for (DomainEventMessage<?> event : events) {
            translator.translate(event).ifPresent(integrationEvent -> sends.add(send(event, integrationEvent)));
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        published.increment(sends.size());
    }

    private CompletableFuture<SendResult<String, String>> send(DomainEventMessage<?> stored,
                                                               IntegrationEvent event) {
        EventEnvelope<IntegrationEvent> envelope = EventEnvelope.wrap(event, producer, stored.getTimestamp(),
                metaData(stored, "causationId"), metaData(stored, "correlationId"));
        String topic = EventType.of(event.getClass()).topic();
        return kafka.send(new ProducerRecord<>(topic, event.key(), codec.encode(envelope)));
    }

    private static String metaData(DomainEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::loop, producer + "-relay");
        worker.setDaemon(true);
        worker.start();
    }

    private void loop() {
        while (running) {
            try {
                wakeUp.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                relayPending();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("Relay cycle failed; the pending events stay pending and are retried: {} (cause: {})",
                            e.toString(), rootCause(e).toString());
                    pause();
                }
            }
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private void pause() {
        try {
            Thread.sleep(properties.pollInterval().toMillis() * 4);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // Whatever is still pending keeps its marker and goes out from the next instance that holds the lease.
        try {
            lease.release();
        } catch (RuntimeException e) {
            log.info("Relay lease left to expire: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Start after, and stop before, the Kafka producer and the web server.
        return Integer.MAX_VALUE - 1000;
    }
}
