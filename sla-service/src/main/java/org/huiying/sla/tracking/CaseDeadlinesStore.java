package org.huiying.sla.tracking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.huiying.support.json.Json;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@code case_deadlines} (every case, read by {@code _id} only) and {@code open_deadlines} (the ids of the cases the
 * sweeper still looks at — open ones, and answered ones with a step not yet due — small, listed once at start-up to
 * rebuild the in-memory index).
 */
@Repository
public class CaseDeadlinesStore {

    private final MongoCollection<Document> cases;
    private final MongoCollection<Document> open;
    private final ObjectMapper json = Json.newMapper();

    public CaseDeadlinesStore(MongoDatabase serviceDatabase) {
        this.cases = serviceDatabase.getCollection("case_deadlines");
        this.open = serviceDatabase.getCollection("open_deadlines");
    }

    public Optional<CaseDeadlinesView> find(String caseId) {
        Document doc = cases.find(Filters.eq("_id", caseId)).first();
        if (doc == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(doc.getString("view"), CaseDeadlinesView.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable deadlines of case " + caseId, e);
        }
    }

    public void save(CaseDeadlinesView view) {
        saveAll(List.of(view));
    }

    /** The views in one bulk write to each collection. */
    public void saveAll(Collection<CaseDeadlinesView> views) {
        if (views.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> caseWrites = new ArrayList<>();
        List<WriteModel<Document>> openWrites = new ArrayList<>();
        for (CaseDeadlinesView view : views) {
            try {
                caseWrites.add(new ReplaceOneModel<>(Filters.eq("_id", view.caseId),
                        new Document("_id", view.caseId).append("view", json.writeValueAsString(view)),
                        new ReplaceOptions().upsert(true)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            openWrites.add(view.swept()
                    ? new ReplaceOneModel<>(Filters.eq("_id", view.caseId), new Document("_id", view.caseId),
                    new ReplaceOptions().upsert(true))
                    : new DeleteOneModel<>(Filters.eq("_id", view.caseId)));
        }
        cases.bulkWrite(caseWrites, new BulkWriteOptions().ordered(false));
        open.bulkWrite(openWrites, new BulkWriteOptions().ordered(false));
    }

    public List<CaseDeadlinesView> allSwept() {
        List<CaseDeadlinesView> all = new ArrayList<>();
        for (Document doc : open.find()) {
            find(doc.getString("_id")).ifPresent(all::add);
        }
        return all;
    }
}
