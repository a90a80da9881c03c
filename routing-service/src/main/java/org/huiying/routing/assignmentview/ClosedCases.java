package org.huiying.routing.assignmentview;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** The {@code closed_cases} collection: cases intake has closed (办结), read and written by case id. */
@Repository
public class ClosedCases {

    private final MongoCollection<Document> closed;

    public ClosedCases(MongoDatabase serviceDatabase) {
        this.closed = serviceDatabase.getCollection("closed_cases");
    }

    public void close(String caseId) {
        closed.replaceOne(Filters.eq("_id", caseId), new Document("_id", caseId), new ReplaceOptions().upsert(true));
    }

    public void reopen(String caseId) {
        closed.deleteOne(Filters.eq("_id", caseId));
    }

    public boolean isClosed(String caseId) {
        return closed.find(Filters.eq("_id", caseId)).first() != null;
    }
}
