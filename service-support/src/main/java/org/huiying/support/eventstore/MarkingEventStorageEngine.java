package org.huiying.support.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.huiying.support.relay.PendingAggregates;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The event store as the services use it: every append is bracketed by the relay's pending markers, and the relay is
 * woken when it ends. Everything else is the delegate's.
 */
public class MarkingEventStorageEngine implements EventStorageEngine {

    private final EventStorageEngine delegate;
    private final PendingAggregates pending;
    private Runnable afterAppend = () -> {
    };

    public MarkingEventStorageEngine(EventStorageEngine delegate, PendingAggregates pending) {
        this.delegate = delegate;
        this.pending = pending;
    }

    public void afterAppend(Runnable listener) {
        this.afterAppend = listener;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        Set<String> aggregates = aggregatesOf(events);
        pending.beginAppend(aggregates);
        try {
            delegate.appendEvents(events);
        } finally {
            pending.endAppend(aggregates);
            afterAppend.run();
        }
    }

    private static Set<String> aggregatesOf(List<? extends EventMessage<?>> events) {
        Set<String> ids = new LinkedHashSet<>();
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
                ids.add(domainEvent.getAggregateIdentifier());
            }
        }
        return ids;
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
