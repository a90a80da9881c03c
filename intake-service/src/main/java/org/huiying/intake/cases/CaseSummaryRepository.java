package org.huiying.intake.cases;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** The {@code case_summaries} collection: one document per case, read and written by case id only. */
@Repository
public class CaseSummaryRepository {

    private final MongoCollection<Document> summaries;

    public CaseSummaryRepository(MongoDatabase serviceDatabase) {
        this.summaries = serviceDatabase.getCollection("case_summaries");
    }

    /** Records a received case; true when the case was not known before. */
    public boolean recordReceived(PostReceivedEvent event) {
        Bson fields = Updates.combine(
                Updates.setOnInsert("status", "received"),
                Updates.set("source", event.source()),
                Updates.set("threadId", event.threadId()),
                Updates.set("postId", event.postId()),
                Updates.set("url", event.url()),
                Updates.set("board", event.board()),
                Updates.set("title", event.title()),
                Updates.set("postedAt", date(event.postedAt())),
                Updates.set("scrapedAt", date(event.scrapedAt())),
                Updates.set("receivedAt", date(event.receivedAt())),
                Updates.set("channel", event.channel().name().toLowerCase()));
        return summaries.updateOne(Filters.eq("_id", event.caseId()), fields, new UpdateOptions().upsert(true))
                .getUpsertedId() != null;
    }

    /** Records the routing decision unless a later one is already recorded (topics are not ordered together). */
    public void recordAssignment(String caseId, String assignment, String leadUnitId, List<String> coUnitIds,
                                 Instant decidedAt) {
        Document current = summaries.find(Filters.eq("_id", caseId)).first();
        if (current != null && current.getDate("assignedAt") != null
                && !current.getDate("assignedAt").toInstant().isBefore(decidedAt)) {
            return;
        }
        summaries.updateOne(Filters.eq("_id", caseId), Updates.combine(
                        Updates.set("assignment", assignment),
                        Updates.set("leadUnitId", leadUnitId),
                        Updates.set("coUnitIds", coUnitIds),
                        Updates.set("assignedAt", date(decidedAt))),
                new UpdateOptions().upsert(true));
    }

    public Optional<CaseSummary> find(String caseId) {
        return Optional.ofNullable(summaries.find(Filters.eq("_id", caseId)).first())
                .filter(doc -> doc.getString("source") != null)
                .map(CaseSummaryRepository::toSummary);
    }

    private static CaseSummary toSummary(Document doc) {
        return new CaseSummary(doc.getString("_id"), doc.getString("status"), doc.getString("source"),
                doc.getString("threadId"), doc.getString("postId"), doc.getString("url"), doc.getString("board"),
                doc.getString("title"), instant(doc, "postedAt"), instant(doc, "scrapedAt"),
                instant(doc, "receivedAt"), doc.getString("channel"), doc.getString("assignment"),
                doc.getString("leadUnitId"), doc.getList("coUnitIds", String.class), instant(doc, "assignedAt"));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document doc, String field) {
        Date date = doc.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
