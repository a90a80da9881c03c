package org.huiying.support.relay;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The last sequence number the relay has delivered, per aggregate; read and written by {@code _id} only. */
public class PublishedPositions {

    static final String COLLECTION = "relay_positions";

    private final MongoCollection<Document> positions;

    public PublishedPositions(MongoDatabase database) {
        this.positions = database.getCollection(COLLECTION);
    }

    /** The next sequence number to deliver per aggregate (0 for one never delivered), read with one {@code $in}. */
    public Map<String, Long> nextSequences(Collection<String> aggregateIds) {
        Map<String, Long> next = new HashMap<>();
        aggregateIds.forEach(id -> next.put(id, 0L));
        positions.find(Filters.in("_id", aggregateIds))
                .forEach(doc -> next.put(doc.getString("_id"), doc.get("last", Number.class).longValue() + 1));
        return next;
    }

    /** Records the last delivered sequence number of each aggregate, in one bulk write. */
    public void delivered(Map<String, Long> lastSequences) {
        if (lastSequences.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> writes = new ArrayList<>();
        lastSequences.forEach((id, last) -> writes.add(new UpdateOneModel<>(Filters.eq("_id", id),
                Updates.set("last", last), new UpdateOptions().upsert(true))));
        positions.bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }
}
