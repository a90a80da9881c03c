package org.huiying.sla.breaches;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.huiying.support.time.TimeProperties;
import org.springframework.stereotype.Repository;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The breaches of each month, one collection per month of the due time in the deployment's zone
 * ({@code breaches_2026_03}), one document per breach with its exact key as {@code _id}: a redelivered event replaces
 * its own document, so nothing is counted twice, and a month is read whole without any secondary index.
 */
@Repository
public class BreachStore {

    private final MongoDatabase database;
    private final TimeProperties time;

    public BreachStore(MongoDatabase serviceDatabase, TimeProperties time) {
        this.database = serviceDatabase;
        this.time = time;
    }

    /** Records the breach; true when it was not known before. */
    public boolean record(Breach breach) {
        Document doc = new Document("_id", breach.key()).append("caseId", breach.caseId())
                .append("unitId", breach.unitId()).append("kind", breach.kind()).append("round", breach.round())
                .append("dueAt", Date.from(breach.dueAt()));
        return month(YearMonth.from(breach.dueAt().atZone(time.zone())))
                .replaceOne(Filters.eq("_id", breach.key()), doc, new ReplaceOptions().upsert(true))
                .getUpsertedId() != null;
    }

    public List<Breach> of(YearMonth month) {
        List<Breach> all = new ArrayList<>();
        for (Document doc : month(month).find()) {
            all.add(new Breach(doc.getString("caseId"), doc.getString("unitId"), doc.getString("kind"),
                    doc.getInteger("round", 0), doc.getDate("dueAt").toInstant()));
        }
        return all;
    }

    private MongoCollection<Document> month(YearMonth month) {
        return database.getCollection("breaches_%04d_%02d".formatted(month.getYear(), month.getMonthValue()));
    }
}
