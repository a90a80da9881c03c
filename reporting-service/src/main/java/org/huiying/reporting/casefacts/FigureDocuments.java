package org.huiying.reporting.casefacts;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.huiying.support.mongo.DocumentBuckets;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code unit_figures} collection of one generation: per unit and month ({@code <unit>|2025-03}) and per unit
 * for all time ({@code <unit>|all}), one set of case ids per figure. Placing a case adds it to the sets it belongs
 * in and removes it from the others, so any redelivery or replay ends in the same sets; a count is a set's size.
 * Each such document is stored as buckets ({@link DocumentBuckets}), each case always in the same bucket, so placing
 * a case rewrites a bucket and not the unit's whole history.
 */
public final class FigureDocuments {

    private static final String ALL_TIME = "all";
    private static final int BATCH = 500;

    private final int generation;
    private final MongoCollection<Document> figures;
    private final DocumentBuckets buckets;

    FigureDocuments(int generation, MongoCollection<Document> figures, DocumentBuckets buckets) {
        this.generation = generation;
        this.figures = figures;
        this.buckets = buckets;
    }

    public static String monthId(String unitId, YearMonth month) {
        return unitId + "|" + month;
    }

    public static String allTimeId(String unitId) {
        return unitId + "|" + ALL_TIME;
    }

    /** Makes the document's sets say exactly which figures the case counts in (none: it leaves every set). */
    public void place(String documentId, String caseId, Set<Figure> in) {
        List<Bson> updates = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            updates.add(in.contains(figure) ? Updates.addToSet(figure.key(), caseId) : Updates.pull(figure.key(), caseId));
        }
        UpdateOneModel<Document> write = new UpdateOneModel<>(Filters.eq("_id", buckets.bucketOf(documentId, caseId)),
                Updates.combine(updates), new UpdateOptions().upsert(!in.isEmpty()));
        PendingWrites.of(generation).ifPresentOrElse(
                pending -> pending.update(PendingWrites.Target.FIGURES, figures, write),
                () -> figures.bulkWrite(List.of(write)));
    }

    /** The sets of the documents with these ids that exist; a missing document has empty sets. */
    public Map<String, Map<Figure, List<String>>> find(Collection<String> documentIds) {
        List<String> ids = documentIds.stream().flatMap(id -> buckets.all(id).stream()).toList();
        Map<String, Map<Figure, List<String>>> found = new HashMap<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            figures.find(Filters.in("_id", ids.subList(i, Math.min(ids.size(), i + BATCH))))
                    .forEach(doc -> addSets(found.computeIfAbsent(buckets.documentOf(doc.getString("_id")),
                            id -> new EnumMap<>(Figure.class)), doc));
        }
        return found;
    }

    private static void addSets(Map<Figure, List<String>> sets, Document bucket) {
        for (Figure figure : Figure.values()) {
            sets.computeIfAbsent(figure, f -> new ArrayList<>())
                    .addAll(bucket.getList(figure.key(), String.class, List.of()));
        }
    }
}
