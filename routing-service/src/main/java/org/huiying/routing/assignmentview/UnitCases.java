package org.huiying.routing.assignmentview;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code unit_cases} collection: per unit, the cases it leads or assists now; read and written by unit id only.
 * Writing is idempotent: a case is put in or taken out, whatever was there before.
 */
@Repository
public class UnitCases {

    private final MongoCollection<Document> units;

    public UnitCases(MongoDatabase serviceDatabase) {
        this.units = serviceDatabase.getCollection("unit_cases");
    }

    /** Oldest first. */
    public List<UnitCase> of(String unitId) {
        Document doc = units.find(Filters.eq("_id", unitId)).first();
        if (doc == null) {
            return List.of();
        }
        return doc.getList("cases", Document.class).stream()
                .map(entry -> ViewDocuments.fromDocument(entry, UnitCase.class))
                .sorted(Comparator.comparing(UnitCase::since)).toList();
    }

    public void put(String unitId, UnitCase unitCase) {
        List<UnitCase> cases = new ArrayList<>(of(unitId));
        cases.removeIf(existing -> existing.caseId().equals(unitCase.caseId()));
        cases.add(unitCase);
        save(unitId, cases);
    }

    public void remove(String unitId, String caseId) {
        List<UnitCase> cases = new ArrayList<>(of(unitId));
        if (cases.removeIf(existing -> existing.caseId().equals(caseId))) {
            save(unitId, cases);
        }
    }

    private void save(String unitId, List<UnitCase> cases) {
        Document doc = new Document("_id", unitId).append("cases", cases.stream()
                .map(unitCase -> ViewDocuments.toDocument(unitCase.caseId(), unitCase)).toList());
        units.replaceOne(Filters.eq("_id", unitId), doc, new ReplaceOptions().upsert(true));
    }
}
