package org.huiying.routing.triage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.StreamSupport;

/** The {@code triage_queue} collection: only the cases waiting for a dispatcher, so it stays small. */
@Repository
public class TriageQueue {

    private final MongoCollection<Document> queue;

    public TriageQueue(MongoDatabase serviceDatabase) {
        this.queue = serviceDatabase.getCollection("triage_queue");
    }

    public void add(String caseId, String reason, Instant queuedAt) {
        queue.replaceOne(Filters.eq("_id", caseId),
                new Document("_id", caseId).append("reason", reason).append("queuedAt", Date.from(queuedAt)),
                new ReplaceOptions().upsert(true));
    }

    public void remove(String caseId) {
        queue.deleteOne(Filters.eq("_id", caseId));
    }

    /** Oldest first: the longest-waiting case is the next to dispatch. */
    public List<TriageEntry> waiting() {
        return StreamSupport.stream(queue.find().spliterator(), false)
                .map(doc -> new TriageEntry(doc.getString("_id"), doc.getString("reason"),
                        doc.getDate("queuedAt").toInstant()))
                .sorted(Comparator.comparing(TriageEntry::queuedAt))
                .toList();
    }

    public long size() {
        return queue.countDocuments();
    }
}
