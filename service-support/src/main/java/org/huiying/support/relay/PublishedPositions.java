package org.huiying.support.relay;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/** The last sequence number the relay has delivered, per aggregate; read and written by {@code _id} only. */
public class PublishedPositions {

    static final String COLLECTION = "relay_positions";

    private final MongoCollection<Document> positions;

    public PublishedPositions(MongoDatabase database) {
        this.positions = database.getCollection(COLLECTION);
    }

    /** The next sequence number to deliver: 0 for an aggregate never delivered. */
    public long nextSequence(String aggregateId) {
        Document doc = positions.find(Filters.eq("_id", aggregateId)).first();
        return doc == null ? 0 : doc.get("last", Number.class).longValue() + 1;
    }

    public void delivered(String aggregateId, long lastSequence) {
        positions.updateOne(Filters.eq("_id", aggregateId), Updates.set("last", lastSequence),
                new UpdateOptions().upsert(true));
    }
}
