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
    private final MongoCollection<Document> progressFigures;

    public BreachStore(MongoDatabase serviceDatabase, TimeProperties time) {
        this.database = serviceDatabase;
        this.time = time;
        this.progressFigures = serviceDatabase.getCollection("progress_figures");
    }

    /** Records the breach; true when it was not known before. */
    public boolean record(Breach breach) {
        Document doc = document(breach.key(), breach);
        return month(YearMonth.from(breach.dueAt().atZone(time.zone())))
                .replaceOne(Filters.eq("_id", breach.key()), doc, new ReplaceOptions().upsert(true))
                .getUpsertedId() != null;
    }

    /** Takes a breach back: a later-known fact showed the deadline was met. */
    public boolean remove(Breach breach) {
        return month(YearMonth.from(breach.dueAt().atZone(time.zone())))
                .deleteOne(Filters.eq("_id", breach.key())).getDeletedCount() > 0;
    }

    /**
     * Replaces the missed progress updates of a case's round by {@code entries} (per unit and month): the entries of
     * the previous figure that are gone are deleted, so a lower figure lowers the counts. Answers how many more (or,
     * negative, fewer) updates are now counted as missed.
     */
    public int replaceProgress(String caseId, int round, List<Breach> entries) {
        String figureId = caseId + "|" + round;
        Document previous = progressFigures.find(Filters.eq("_id", figureId)).first();
        int before = 0;
        if (previous != null) {
            for (Document entry : previous.getList("entries", Document.class)) {
                before += entry.getInteger("count", 0);
                String key = entry.getString("key");
                if (entries.stream().noneMatch(b -> progressKey(b).equals(key))) {
                    month(YearMonth.parse(entry.getString("month"))).deleteOne(Filters.eq("_id", key));
                }
            }
        }
        int after = 0;
        List<Document> kept = new ArrayList<>();
        for (Breach entry : entries) {
            after += entry.count();
            YearMonth month = YearMonth.from(entry.dueAt().atZone(time.zone()));
            month(month).replaceOne(Filters.eq("_id", progressKey(entry)), document(progressKey(entry), entry),
                    new ReplaceOptions().upsert(true));
            kept.add(new Document("key", progressKey(entry)).append("month", month.toString())
                    .append("count", entry.count()));
        }
        progressFigures.replaceOne(Filters.eq("_id", figureId), new Document("_id", figureId).append("entries", kept),
                new ReplaceOptions().upsert(true));
        return after - before;
    }

    private String progressKey(Breach entry) {
        return entry.caseId() + "|" + entry.kind() + "|" + entry.round() + "|" + entry.unitId() + "|"
                + YearMonth.from(entry.dueAt().atZone(time.zone()));
    }

    public List<Breach> of(YearMonth month) {
        List<Breach> all = new ArrayList<>();
        for (Document doc : month(month).find()) {
            all.add(new Breach(doc.getString("caseId"), doc.getString("unitId"), doc.getString("kind"),
                    doc.getInteger("round", 0), doc.getDate("dueAt").toInstant(), doc.getInteger("count", 1)));
        }
        return all;
    }

    private static Document document(String id, Breach breach) {
        return new Document("_id", id).append("caseId", breach.caseId())
                .append("unitId", breach.unitId()).append("kind", breach.kind()).append("round", breach.round())
                .append("dueAt", Date.from(breach.dueAt())).append("count", breach.count());
    }

    private MongoCollection<Document> month(YearMonth month) {
        return database.getCollection("breaches_%04d_%02d".formatted(month.getYear(), month.getMonthValue()));
    }
}
