package org.huiying.sla.deadline;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * The {@code open_deadlines} collection: one document per case still running against a deadline. The sweeper and
 * the backlog gauges read it whole, so it holds open cases only.
 */
@Repository
public class OpenDeadlines {

    private final MongoCollection<Document> open;

    public OpenDeadlines(MongoDatabase serviceDatabase) {
        this.open = serviceDatabase.getCollection("open_deadlines");
    }

    public void started(String caseId, Instant responseDueAt, Instant answerDueAt) {
        open.updateOne(Filters.eq("_id", caseId), Updates.combine(
                Updates.set("responseDueAt", Date.from(responseDueAt)),
                Updates.set("answerDueAt", Date.from(answerDueAt))), new UpdateOptions().upsert(true));
    }

    public void charged(String caseId, String unitId) {
        open.updateOne(Filters.eq("_id", caseId), Updates.set("unitId", unitId), new UpdateOptions().upsert(true));
    }

    public void missed(String caseId, String deadlineField) {
        open.updateOne(Filters.eq("_id", caseId), Updates.set(deadlineField + "Missed", true));
    }

    public List<OpenCase> all() {
        return StreamSupport.stream(open.find().spliterator(), false).map(OpenDeadlines::toOpenCase).toList();
    }

    private static OpenCase toOpenCase(Document doc) {
        return new OpenCase(doc.getString("_id"), doc.getString("unitId"), instant(doc, "responseDueAt"),
                instant(doc, "answerDueAt"), doc.getBoolean("responseMissed", false),
                doc.getBoolean("answerMissed", false));
    }

    private static Instant instant(Document doc, String field) {
        Date date = doc.getDate(field);
        return date == null ? null : date.toInstant();
    }

    /** A case still running against its deadlines. */
    public record OpenCase(String caseId, String unitId, Instant responseDueAt, Instant answerDueAt,
                           boolean responseMissed, boolean answerMissed) {

        public boolean overdue() {
            return responseMissed || answerMissed;
        }
    }
}
