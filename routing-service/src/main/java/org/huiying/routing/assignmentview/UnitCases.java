package org.huiying.routing.assignmentview;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.huiying.support.mongo.DocumentBuckets;
import jakarta.annotation.PostConstruct;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code unit_current_cases} collection: per unit, the cases it leads or assists now, spread over
 * {@value #BUCKETS} bucket documents ({@code <unit>#<n>}) so that placing one case rewrites a small document, not the
 * unit's whole list; read and written by {@code _id} only. Writing is idempotent: a case is put in or taken out,
 * whatever was there before, and a write that changes nothing is skipped.
 */
@Repository
public class UnitCases {

    static final String COLLECTION = "unit_current_cases";
    static final int BUCKETS = 16;
    private static final String CASE_ID = "caseId";
    /** The earlier layout: one document per unit with its whole list. */
    static final String EARLIER_COLLECTION = "unit_cases";

    private final MongoDatabase database;
    private final MongoCollection<Document> buckets;
    private final DocumentBuckets split = new DocumentBuckets(BUCKETS);

    public UnitCases(MongoDatabase serviceDatabase) {
        this.database = serviceDatabase;
        this.buckets = serviceDatabase.getCollection(COLLECTION);
    }

    /** Moves a store written by an earlier version into the buckets, once, before any event is projected. */
    @PostConstruct
    void moveEarlierLayout() {
        if (!database.listCollectionNames().into(new ArrayList<>()).contains(EARLIER_COLLECTION)) {
            return;
        }
        MongoCollection<Document> earlier = database.getCollection(EARLIER_COLLECTION);
        for (Document unit : earlier.find()) {
            entries(unit).forEach(unitCase -> put(unit.getString("_id"), unitCase));
        }
        earlier.drop();
    }

    /** Oldest first. */
    public List<UnitCase> of(String unitId) {
        List<UnitCase> cases = new ArrayList<>();
        buckets.find(Filters.in("_id", split.all(unitId))).forEach(doc -> cases.addAll(entries(doc)));
        cases.sort(Comparator.comparing(UnitCase::since).thenComparing(UnitCase::caseId));
        return cases;
    }

    public void put(String unitId, UnitCase unitCase) {
        String bucketId = split.bucketOf(unitId, unitCase.caseId());
        Document entry = ViewDocuments.toDocument(unitCase.caseId(), unitCase);
        List<Document> entries = new ArrayList<>(rawEntries(bucketId));
        if (entries.contains(entry)) {
            return;
        }
        entries.removeIf(existing -> unitCase.caseId().equals(existing.getString(CASE_ID)));
        entries.add(entry);
        save(bucketId, entries);
    }

    public void remove(String unitId, String caseId) {
        String bucketId = split.bucketOf(unitId, caseId);
        List<Document> entries = new ArrayList<>(rawEntries(bucketId));
        if (entries.removeIf(existing -> caseId.equals(existing.getString(CASE_ID)))) {
            save(bucketId, entries);
        }
    }

    /** A bucket's entries as stored; only the entries a query returns are turned into records. */
    private List<Document> rawEntries(String bucketId) {
        Document doc = buckets.find(Filters.eq("_id", bucketId)).first();
        return doc == null ? List.of() : doc.getList("cases", Document.class);
    }

    private static List<UnitCase> entries(Document doc) {
        return doc.getList("cases", Document.class).stream()
                .map(entry -> ViewDocuments.fromDocument(entry, UnitCase.class)).toList();
    }

    private void save(String bucketId, List<Document> entries) {
        buckets.replaceOne(Filters.eq("_id", bucketId), new Document("_id", bucketId).append("cases", entries),
                new ReplaceOptions().upsert(true));
    }
}
