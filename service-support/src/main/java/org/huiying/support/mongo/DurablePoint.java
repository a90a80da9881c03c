package org.huiying.support.mongo;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Makes every write this service was answered for durable before it tells anyone outside: a Kafka offset commit, a
 * REST answer. The read models are written without waiting for the journal ({@link MongoConfiguration}); one
 * journaled write here returns only once the store has made it durable, and a store writes its journal in the order
 * the writes were applied, so every write answered before it is durable too (decision 0073).
 */
public class DurablePoint {

    static final String COLLECTION = "durable_points";

    private final MongoCollection<Document> points;
    private final String writer;

    public DurablePoint(MongoDatabase database, String writer) {
        this.points = database.getCollection(COLLECTION).withWriteConcern(journaled(database.getWriteConcern()));
        this.writer = writer;
    }

    /** Returns once every write this service was answered for before the call is durable. */
    public void await() {
        points.updateOne(Filters.eq("_id", writer), Updates.inc("points", 1L), new UpdateOptions().upsert(true));
    }

    /** The client's own write concern, acknowledged only once the write is in the journal. */
    public static WriteConcern journaled(WriteConcern concern) {
        WriteConcern acknowledged = concern.getWObject() == null ? WriteConcern.ACKNOWLEDGED : concern;
        return acknowledged.withJournal(true);
    }
}
