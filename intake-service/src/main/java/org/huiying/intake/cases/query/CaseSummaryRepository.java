package org.huiying.intake.cases.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The {@code case_summaries} collection: one document per case, written by case id only. One case is read by id;
 * the filtered list ({@link #search}) is the one query that scans (see decision 0041).
 */
@Repository
public class CaseSummaryRepository {

    private final MongoCollection<Document> summaries;

    public CaseSummaryRepository(MongoDatabase serviceDatabase) {
        this.summaries = serviceDatabase.getCollection("case_summaries");
    }

    /** Applies the changes to the case's document; true when the document did not exist before. */
    public boolean update(String caseId, Bson... changes) {
        return summaries.updateOne(Filters.eq("_id", caseId), Updates.combine(changes),
                new UpdateOptions().upsert(true)).getUpsertedId() != null;
    }

    int arraySize(String caseId, String field) {
        Document doc = summaries.find(Filters.eq("_id", caseId)).first();
        List<?> values = doc == null ? null : doc.getList(field, Object.class);
        return values == null ? 0 : values.size();
    }

    public Optional<CaseSummary> find(String caseId) {
        return Optional.ofNullable(summaries.find(Filters.eq("_id", caseId)).first())
                .filter(doc -> doc.getString("source") != null)
                .map(CaseSummaryRepository::toSummary);
    }

    public CasePage search(CaseSearch search) {
        Bson filter = search.filter();
        long total = summaries.countDocuments(filter);
        List<CaseSummary> items = new ArrayList<>();
        summaries.find(filter).sort(search.descending() ? Sorts.descending(search.sortField())
                        : Sorts.ascending(search.sortField()))
                .skip(search.page() * search.size()).limit(search.size())
                .forEach(doc -> items.add(toSummary(doc)));
        return new CasePage(items, search.page(), search.size(), total);
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static CaseSummary toSummary(Document doc) {
        return new CaseSummary(doc.getString("_id"), doc.getString("status"), doc.getString("source"),
                doc.getString("threadId"), doc.getString("postId"), doc.getString("url"), doc.getString("board"),
                doc.getString("title"), instant(doc, "postedAt"), instant(doc, "scrapedAt"),
                instant(doc, "receivedAt"), doc.getString("channel"), doc.getString("kind"),
                doc.getString("severity"), doc.getString("classifiedBy"), doc.getString("assignment"),
                doc.getString("leadUnitId"), doc.getList("coUnitIds", String.class), instant(doc, "assignedAt"),
                instant(doc, "acknowledgedAt"), doc.getString("acknowledgedVia"), count(doc, "followUps"),
                count(doc, "progressReports"), doc.getString("answerDraft"), instant(doc, "answeredAt"),
                doc.getString("answeredBy"), doc.getString("answerApprovedBy"), doc.getString("satisfaction"),
                instant(doc, "ratedAt"), instant(doc, "implementationConfirmedAt"), count(doc, "reopenings"),
                instant(doc, "closedAt"), doc.getString("closeReason"));
    }

    private static int count(Document doc, String field) {
        Number value = doc.get(field, Number.class);
        return value == null ? 0 : value.intValue();
    }

    private static Instant instant(Document doc, String field) {
        Date date = doc.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
