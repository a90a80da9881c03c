package org.huiying.routing.triage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
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

    /** Puts the case in the queue, or updates its entry; a problem flag it already carries stays. */
    public void add(String caseId, String reason, Instant queuedAt) {
        queue.updateOne(Filters.eq("_id", caseId), Updates.combine(Updates.set("reason", reason),
                        Updates.set("queuedAt", Date.from(queuedAt)), Updates.setOnInsert("problem", false)),
                new UpdateOptions().upsert(true));
    }

    public void remove(String caseId) {
        queue.deleteOne(Filters.eq("_id", caseId));
    }

    /** Marks a waiting case as a problem case; a case not waiting is left alone. */
    public void markProblem(String caseId) {
        queue.updateOne(Filters.eq("_id", caseId), Updates.set("problem", true));
    }

    /** Oldest first: the longest-waiting case is the next to dispatch. */
    public List<TriageEntry> waiting() {
        return StreamSupport.stream(queue.find().spliterator(), false)
                .map(doc -> new TriageEntry(doc.getString("_id"), doc.getString("reason"),
                        doc.getDate("queuedAt").toInstant(), Boolean.TRUE.equals(doc.getBoolean("problem"))))
                .sorted(Comparator.comparing(TriageEntry::queuedAt))
                .toList();
    }

    public long size() {
        return queue.countDocuments();
    }
}
