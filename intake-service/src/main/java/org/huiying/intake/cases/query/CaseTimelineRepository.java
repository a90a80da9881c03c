package org.huiying.intake.cases.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import org.huiying.support.mongo.WritesAtCommit;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The {@code case_timelines} collection: per case one document whose entries are keyed by the event's sequence
 * number in the aggregate, so writing an entry again changes nothing. Read and written by case id only.
 */
@Repository
public class CaseTimelineRepository {

    /** The whole file of a case: its entries in order and the netizen's handle (for the archive only). */
    public record CaseFile(String author, List<TimelineEntry> entries) {
    }

    private final MongoCollection<Document> timelines;
    private final WritesAtCommit writes;

    public CaseTimelineRepository(MongoDatabase serviceDatabase) {
        this.timelines = serviceDatabase.getCollection("case_timelines");
        this.writes = new WritesAtCommit(timelines);
    }

    public void record(String caseId, TimelineEntry entry) {
        Document value = new Document("type", entry.type())
                .append("occurredAt", Date.from(entry.occurredAt()))
                .append("unitId", entry.unitId())
                .append("actor", entry.actor())
                .append("channel", entry.channel())
                .append("title", entry.title())
                .append("detail", entry.detail());
        writes.add(new UpdateOneModel<>(Filters.eq("_id", caseId), Updates.set("entries." + entry.sequence(), value),
                new UpdateOptions().upsert(true)));
    }

    public void recordAuthor(String caseId, String author) {
        writes.add(new UpdateOneModel<>(Filters.eq("_id", caseId), Updates.set("author", author),
                new UpdateOptions().upsert(true)));
    }

    public Optional<CaseFile> find(String caseId) {
        Document doc = timelines.find(Filters.eq("_id", caseId)).first();
        if (doc == null) {
            return Optional.empty();
        }
        Document entries = doc.get("entries", Document.class);
        List<TimelineEntry> list = new ArrayList<>();
        if (entries != null) {
            entries.forEach((sequence, value) -> {
                Document entry = (Document) value;
                list.add(new TimelineEntry(Long.parseLong(sequence), entry.getString("type"),
                        entry.getDate("occurredAt").toInstant(), entry.getString("unitId"), entry.getString("actor"),
                        entry.getString("channel"), entry.getString("title"), entry.getString("detail")));
            });
        }
        list.sort(Comparator.comparingLong(TimelineEntry::sequence));
        return Optional.of(new CaseFile(doc.getString("author"), list));
    }
}
