package org.huiying.reporting.casefacts;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Date;

/** The {@code case_facts} collection, read and written by case id. */
@Repository
public class CaseFactsRepository {

    private final MongoCollection<Document> facts;

    public CaseFactsRepository(MongoDatabase serviceDatabase) {
        this.facts = serviceDatabase.getCollection("case_facts");
    }

    public CaseFacts find(String caseId) {
        Document doc = facts.find(Filters.eq("_id", caseId)).first();
        if (doc == null) {
            return CaseFacts.unknown(caseId);
        }
        return new CaseFacts(caseId, doc.getBoolean("posted", false), instant(doc, "postedAt"),
                doc.getString("unitId"), instant(doc, "assignedAt"), doc.getBoolean("overdue", false),
                doc.getBoolean("closed", false), doc.getString("countedUnit"));
    }

    public void save(CaseFacts case_) {
        facts.replaceOne(Filters.eq("_id", case_.caseId()), new Document("_id", case_.caseId())
                        .append("posted", case_.posted()).append("postedAt", date(case_.postedAt()))
                        .append("unitId", case_.unitId()).append("assignedAt", date(case_.assignedAt()))
                        .append("overdue", case_.overdue()).append("closed", case_.closed())
                        .append("countedUnit", case_.countedUnit()),
                new ReplaceOptions().upsert(true));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document doc, String field) {
        Date date = doc.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
