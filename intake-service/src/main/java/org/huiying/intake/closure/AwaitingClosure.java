package org.huiying.intake.closure;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * {@code awaiting_closure}: the answered cases that are not closed yet, with the time of their answer. Only they are
 * listed (the collection stays small: a case leaves it when it closes or is reopened); everything else is by id.
 */
@Repository
public class AwaitingClosure {

    public record AnsweredCase(String caseId, Instant answeredAt) {
    }

    private final MongoCollection<Document> cases;

    public AwaitingClosure(MongoDatabase serviceDatabase) {
        this.cases = serviceDatabase.getCollection("awaiting_closure");
    }

    public void add(String caseId, Instant answeredAt) {
        cases.replaceOne(Filters.eq("_id", caseId), new Document("_id", caseId)
                .append("answeredAt", Date.from(answeredAt)), new ReplaceOptions().upsert(true));
    }

    public void remove(String caseId) {
        cases.deleteOne(Filters.eq("_id", caseId));
    }

    public List<AnsweredCase> all() {
        List<AnsweredCase> all = new ArrayList<>();
        cases.find().forEach(doc -> all.add(new AnsweredCase(doc.getString("_id"),
                doc.getDate("answeredAt").toInstant())));
        return all;
    }
}
