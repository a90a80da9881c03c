package org.huiying.routing.assignmentview;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The {@code assignment_histories} collection: one document per case, read and written by case id only. */
@Repository
public class AssignmentHistories {

    private final MongoCollection<Document> histories;

    public AssignmentHistories(MongoDatabase serviceDatabase) {
        this.histories = serviceDatabase.getCollection("assignment_histories");
    }

    public Optional<AssignmentHistory> find(String caseId) {
        return Optional.ofNullable(histories.find(Filters.eq("_id", caseId)).first())
                .map(doc -> ViewDocuments.fromDocument(doc, AssignmentHistory.class));
    }

    public void save(AssignmentHistory history) {
        histories.replaceOne(Filters.eq("_id", history.caseId()),
                ViewDocuments.toDocument(history.caseId(), history), new ReplaceOptions().upsert(true));
    }
}
