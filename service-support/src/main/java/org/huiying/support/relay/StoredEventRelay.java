package org.huiying.support.relay;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.SubscribableMessageSource;
import org.huiying.support.kafka.EnvelopeCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
    private final ParkedAggregates parked;
    private final Map<String, Integer> failures = new java.util.concurrent.ConcurrentHashMap<>();
    private final PublishedPositions positions;
    private final RelayLease lease;
    private final KafkaEventPublisher kafka;
    private final String producer;
    private final RelayProperties properties;
    private final Clock clock;
    private final List<Consumer<List<? extends EventMessage<?>>>> subscribers = new CopyOnWriteArrayList<>();
    private final Semaphore wakeUp = new Semaphore(0);
    private final Timer lag;
    private volatile boolean running;
    private final AtomicLong cyclesStarted = new AtomicLong();
    private volatile long drainedThrough;
    private Thread worker;

    public StoredEventRelay(EventStorageEngine storage, PendingAggregates pending, ParkedAggregates parked,
                            PublishedPositions positions, RelayLease lease, IntegrationEventTranslator translator,
                            KafkaTemplate<String, String> kafka, EnvelopeCodec codec, String producer,
                            RelayProperties properties, Clock clock, MeterRegistry meters) {
        this.storage = storage;
        this.pending = pending;
        this.parked = parked;
        this.positions = positions;
        this.lease = lease;
        this.kafka = new KafkaEventPublisher(translator, kafka, codec, producer, meters);
        this.producer = producer;
        this.properties = properties;
        this.clock = clock;
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
     * projections fed once, then the positions and the cleared markers in one bulk write each. If the batch fails,
     * its aggregates are delivered one by one, so that one aggregate whose events cannot be delivered holds back only
     * itself; the cycle then fails with that aggregate's error and it stays pending.
     */
    public int relayPending() {
        long cycle = cyclesStarted.incrementAndGet();
        if (!lease.acquire()) {
            return 0;
        }
        List<PendingAggregates.Marker> markers = pending.list(properties.batchSize());
        if (markers.isEmpty()) {
            drainedThrough = cycle;
            return 0;
        }
        Map<String, Long> next = positions.nextSequences(markers.stream().map(PendingAggregates.Marker::aggregateId)
                .toList());
        List<Delivery> batch = new ArrayList<>();
        for (PendingAggregates.Marker marker : markers) {
            List<DomainEventMessage<?>> events = new ArrayList<>();
            storage.readEvents(marker.aggregateId(), next.get(marker.aggregateId())).forEachRemaining(events::add);
            batch.add(new Delivery(marker, events));
        }
        int delivered;
        try {
            delivered = deliver(batch);
        } catch (RuntimeException batchFailure) {
            delivered = deliverOneByOne(batch, batchFailure);
        }
        if (markers.size() < properties.batchSize()) {
            drainedThrough = cycle; // everything pending when this cycle began is delivered
        }
        return delivered;
    }

    /** The number of relay cycles begun so far. */
    public long cyclesStarted() {
        return cyclesStarted.get();
    }

    /**
     * The latest cycle after which nothing stored before it began was still undelivered: once this passes the value
     * {@link #cyclesStarted()} had when a command completed, every event that command stored is on Kafka.
     */
    public long drainedThrough() {
        return drainedThrough;
    }

    private int deliverOneByOne(List<Delivery> batch, RuntimeException batchFailure) {
        log.info("Relay batch of {} aggregates failed ({}); delivering them one by one", batch.size(),
                rootCause(batchFailure).toString());
        RuntimeException firstFailure = null;
        int delivered = 0;
        for (Delivery delivery : batch) {
            String aggregateId = delivery.marker().aggregateId();
            try {
                delivered += deliver(List.of(delivery));
                failures.remove(aggregateId);
            } catch (RuntimeException failure) {
                int attempts = failures.merge(aggregateId, 1, Integer::sum);
                if (attempts >= properties.maxAttempts()) {
                    park(delivery.marker(), attempts, failure);
                } else {
                    firstFailure = firstFailure == null ? failure : firstFailure;
                }
            }
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
        return delivered;
    }

    private void park(PendingAggregates.Marker marker, int attempts, RuntimeException failure) {
        String reason = rootCause(failure).toString();
        log.warn("Aggregate {} parked after {} failed deliveries, the others flow on; release it with POST "
                + "/api/admin/relay/parked/{}/release once fixed: {}", marker.aggregateId(), attempts,
                marker.aggregateId(), reason);
        parked.park(marker, attempts, reason);
        failures.remove(marker.aggregateId());
    }

    /** Kafka, then the projections, then the positions, then the markers; returns the number of events. */
    private int deliver(List<Delivery> deliveries) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        Map<String, Long> lastSequences = new LinkedHashMap<>();
        for (Delivery delivery : deliveries) {
            events.addAll(delivery.events());
            delivery.lastSequence().ifPresent(last -> lastSequences.put(delivery.marker().aggregateId(), last));
        }
        if (!events.isEmpty()) {
            kafka.publish(events);
            subscribers.forEach(subscriber -> subscriber.accept(events));
            positions.delivered(lastSequences);
            Instant now = clock.instant();
            events.forEach(event -> lag.record(Duration.between(event.getTimestamp(), now)));
        }
        settle(deliveries.stream().map(Delivery::marker).toList());
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

    /** One pending aggregate and the events it has that the relay has not delivered yet. */
    private record Delivery(PendingAggregates.Marker marker, List<DomainEventMessage<?>> events) {

        Optional<Long> lastSequence() {
            return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1).getSequenceNumber());
        }
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
