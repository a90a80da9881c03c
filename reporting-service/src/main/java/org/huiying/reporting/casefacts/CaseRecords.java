package org.huiying.reporting.casefacts;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The {@code case_facts} collection of one generation, read and written by case id. */
public final class CaseRecords {

    private static final int BATCH = 500;

    private final int generation;
    private final MongoCollection<Document> cases;

    CaseRecords(int generation, MongoCollection<Document> cases) {
        this.generation = generation;
        this.cases = cases;
    }

    public CaseRecord find(String caseId) {
        Optional<CaseRecord> saved = PendingWrites.of(generation).flatMap(pending -> pending.savedCase(caseId));
        if (saved.isPresent()) {
            return saved.get();
        }
        Document doc = cases.find(Filters.eq("_id", caseId)).first();
        return doc == null ? CaseRecord.unknown(caseId) : read(doc);
    }

    /** The cases with these ids that exist, read by id in batches. */
    public List<CaseRecord> findAll(Collection<String> caseIds) {
        List<String> ids = new ArrayList<>(caseIds);
        List<CaseRecord> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            cases.find(Filters.in("_id", ids.subList(i, Math.min(ids.size(), i + BATCH))))
                    .forEach(doc -> found.add(read(doc)));
        }
        return found;
    }

    public void save(CaseRecord record) {
        Document doc = new Document("_id", record.caseId());
        PostInfo post = record.post();
        if (post != null) {
            doc.append("post", new Document("eventId", post.eventId()).append("postedAt", date(post.postedAt()))
                    .append("receivedAt", date(post.receivedAt())).append("source", post.source())
                    .append("board", post.board()).append("title", post.title()));
        }
        doc.append("facts", record.facts().values().stream().map(f -> new Document("eventId", f.eventId())
                .append("type", f.type().name()).append("at", date(f.at())).append("unitId", f.unitId())
                .append("code", f.code()).append("takesBack", f.takesBack())).toList());
        doc.append("placed", record.placed().entrySet().stream().map(e -> new Document("doc", e.getKey())
                .append("figures", e.getValue().stream().map(Figure::key).toList())).toList());
        ReplaceOneModel<Document> write = new ReplaceOneModel<>(Filters.eq("_id", record.caseId()), doc,
                new ReplaceOptions().upsert(true));
        PendingWrites.of(generation).ifPresentOrElse(pending -> pending.saveCase(cases, record, write),
                () -> cases.bulkWrite(List.of(write)));
    }

    private static CaseRecord read(Document doc) {
        Document post = doc.get("post", Document.class);
        PostInfo info = post == null ? null : new PostInfo(post.getString("eventId"), instant(post, "postedAt"),
                instant(post, "receivedAt"), post.getString("source"), post.getString("board"),
                post.getString("title"));
        Map<String, CaseFact> facts = new TreeMap<>();
        for (Document f : doc.getList("facts", Document.class, List.of())) {
            facts.put(f.getString("eventId"), new CaseFact(f.getString("eventId"), FactType.valueOf(f.getString("type")),
                    instant(f, "at"), f.getString("unitId"), f.getString("code"), f.getString("takesBack")));
        }
        Map<String, Set<Figure>> placed = new TreeMap<>();
        for (Document p : doc.getList("placed", Document.class, List.of())) {
            Set<Figure> figures = EnumSet.noneOf(Figure.class);
            p.getList("figures", String.class).forEach(key -> Figure.byKey(key).ifPresent(figures::add));
            placed.put(p.getString("doc"), figures);
        }
        return new CaseRecord(doc.getString("_id"), info, facts, placed);
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document doc, String field) {
        Date date = doc.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
