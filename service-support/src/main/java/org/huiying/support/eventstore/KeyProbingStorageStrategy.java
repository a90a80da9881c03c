package org.huiying.support.eventstore;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an aggregate's events by exact lookups on the unique (aggregateIdentifier, sequenceNumber) key, one sequence
 * number after the other, instead of Axon's range query. A range query cannot use an index on the Mongo-protocol
 * server and scans the whole event store; an exact lookup stays sub-millisecond at any store size. Real MongoDB
 * answers both from the index.
 */
public class KeyProbingStorageStrategy extends DocumentPerEventStorageStrategy {

    private final EventEntryConfiguration entries = EventEntryConfiguration.getDefault();

    @Override
    public List<? extends DomainEventData<?>> findDomainEvents(MongoCollection<Document> collection,
                                                               String aggregateIdentifier, long firstSequenceNumber,
                                                               int batchSize) {
        List<DomainEventData<?>> found = new ArrayList<>();
        for (long sequence = firstSequenceNumber; found.size() < batchSize; sequence++) {
            Document entry = collection.find(key(aggregateIdentifier, sequence)).first();
            if (entry == null) {
                break;
            }
            extractEvents(entry).forEach(found::add);
        }
        return found;
    }

    private Document key(String aggregateIdentifier, long sequence) {
        return new Document(entries.aggregateIdentifierProperty(), aggregateIdentifier)
                .append(entries.sequenceNumberProperty(), sequence);
    }
}
