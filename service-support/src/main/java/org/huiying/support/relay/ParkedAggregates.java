package org.huiying.support.relay;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Aggregates whose events could not be delivered after the relay's retries (a poison event: a projection that throws
 * on it, a record Kafka refuses), taken out of {@code relay_pending} into {@code relay_parked} with the reason, so the
 * relay never loops on them and every other aggregate flows on. The office lists and releases them; a released
 * aggregate is pending again and delivered from where it stopped. A new event of a parked aggregate makes it pending
 * again too, and it is parked again if it still fails.
 */
public class ParkedAggregates {

    static final String COLLECTION = "relay_parked";

    private final MongoCollection<Document> parked;
    private final PendingAggregates pending;
    private final Clock clock;

    public ParkedAggregates(MongoDatabase database, PendingAggregates pending, Clock clock) {
        this.parked = database.getCollection(COLLECTION);
        this.pending = pending;
        this.clock = clock;
    }

    /** Moves the marker here with the reason: the relay stops trying until someone releases it. */
    void park(PendingAggregates.Marker marker, int attempts, String reason) {
        parked.replaceOne(Filters.eq("_id", marker.aggregateId()), new Document("_id", marker.aggregateId())
                        .append("reason", reason).append("attempts", attempts)
                        .append("parkedAt", Date.from(clock.instant())),
                new ReplaceOptions().upsert(true));
        pending.clear(List.of(marker));
    }

    public List<Parked> list() {
        List<Parked> all = new ArrayList<>();
        for (Document doc : parked.find()) {
            all.add(new Parked(doc.getString("_id"), doc.getString("reason"), doc.getInteger("attempts", 0),
                    doc.getDate("parkedAt").toInstant()));
        }
        return all;
    }

    public long count() {
        return parked.estimatedDocumentCount();
    }

    /** Makes the aggregate pending again; false if it was not parked. */
    public boolean release(String aggregateId) {
        if (parked.deleteOne(Filters.eq("_id", aggregateId)).getDeletedCount() == 0) {
            return false;
        }
        pending.beginAppend(List.of(aggregateId));
        pending.endAppend(List.of(aggregateId));
        return true;
    }

    /** A parked aggregate, why, after how many failed deliveries, since when. */
    public record Parked(String aggregateId, String reason, int attempts, Instant parkedAt) {
    }
}
