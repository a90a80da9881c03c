package org.huiying.support.relay;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * Marks aggregates that may have events the relay has not published yet. Before events are appended the marker's
 * {@code begun} count goes up, after the append (successful or not) its {@code ended} count follows. The relay
 * removes a marker only when it has published everything and the counts it read are still the ones in the store,
 * so an append racing with the relay always leaves its marker behind. The collection holds only aggregates with
 * work in flight, so listing it stays cheap however large the event store grows.
 */
public class PendingAggregates {

    static final String COLLECTION = "relay_pending";
    private static final String BEGUN = "begun";
    private static final String ENDED = "ended";
    private static final String TOUCHED_AT = "touchedAt";

    private final MongoCollection<Document> markers;
    private final Clock clock;

    public PendingAggregates(MongoDatabase database, Clock clock) {
        this.markers = database.getCollection(COLLECTION);
        this.clock = clock;
        // the conditional delete names all three fields; the Mongo-protocol server answers such a filter from an
        // index only if one has exactly these keys, else it scans every marker, once per marker cleared
        markers.createIndex(Indexes.ascending("_id", BEGUN, ENDED), new IndexOptions().unique(true));
    }

    /** One bulk write for the aggregates of an append, however many a unit of work touched. */
    public void beginAppend(Collection<String> aggregateIds) {
        if (aggregateIds.isEmpty()) {
            return;
        }
        Date now = Date.from(clock.instant());
        List<UpdateOneModel<Document>> begun = new ArrayList<>();
        for (String id : aggregateIds) {
            begun.add(new UpdateOneModel<>(Filters.eq("_id", id),
                    Updates.combine(Updates.inc(BEGUN, 1L), Updates.set(TOUCHED_AT, now)),
                    new UpdateOptions().upsert(true)));
        }
        markers.bulkWrite(begun, new BulkWriteOptions().ordered(false));
    }

    public void endAppend(Collection<String> aggregateIds) {
        if (aggregateIds.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> ended = new ArrayList<>();
        for (String id : aggregateIds) {
            ended.add(new UpdateOneModel<>(Filters.eq("_id", id), Updates.inc(ENDED, 1L)));
        }
        markers.bulkWrite(ended, new BulkWriteOptions().ordered(false));
    }

    public List<Marker> list(int limit) {
        List<Marker> result = new ArrayList<>();
        for (Document doc : markers.find().limit(limit)) {
            result.add(new Marker(doc.getString("_id"), count(doc, BEGUN), count(doc, ENDED),
                    doc.getDate(TOUCHED_AT).toInstant()));
        }
        return result;
    }

    /** Removes each marker if no append began or ended on its aggregate since it was read; one bulk write. */
    public void clear(Collection<Marker> settled) {
        if (settled.isEmpty()) {
            return;
        }
        List<DeleteOneModel<Document>> deletes = new ArrayList<>();
        for (Marker marker : settled) {
            deletes.add(new DeleteOneModel<>(new Document("_id", marker.aggregateId())
                    .append(BEGUN, marker.begun()).append(ENDED, marker.ended())));
        }
        markers.bulkWrite(deletes, new BulkWriteOptions().ordered(false));
    }

    /** An append that began and never ended belongs to a process that died; its events, if any, are stored. */
    public boolean isAbandoned(Marker marker, Duration grace) {
        return marker.begun() != marker.ended() && marker.touchedAt().plus(grace).isBefore(clock.instant());
    }

    public void forgetAbandoned(Marker marker) {
        markers.updateOne(new Document("_id", marker.aggregateId()).append(BEGUN, marker.begun())
                .append(ENDED, marker.ended()), Updates.set(ENDED, marker.begun()));
    }

    private static long count(Document doc, String field) {
        Number value = doc.get(field, Number.class);
        return value == null ? 0 : value.longValue();
    }

    public record Marker(String aggregateId, long begun, long ended, java.time.Instant touchedAt) {

        boolean settled() {
            return begun == ended;
        }
    }
}
