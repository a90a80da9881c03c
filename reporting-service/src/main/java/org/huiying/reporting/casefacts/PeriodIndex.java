package org.huiying.reporting.casefacts;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.huiying.support.mongo.DocumentBuckets;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code months} collection of one generation: per month ({@code _id = 2025-03}) the ids of the cases posted in
 * it and of the units with figures in it, so that queries read a known set of documents by id and never scan. A month
 * is stored as buckets ({@link DocumentBuckets}) by case id, so recording a case rewrites one small document.
 */
public final class PeriodIndex {

    private final int generation;
    private final MongoCollection<Document> months;
    private final DocumentBuckets buckets;

    PeriodIndex(int generation, MongoCollection<Document> months, DocumentBuckets buckets) {
        this.generation = generation;
        this.months = months;
        this.buckets = buckets;
    }

    public void add(YearMonth month, String caseId, Collection<String> unitIds) {
        UpdateOneModel<Document> write = new UpdateOneModel<>(Filters.eq("_id", buckets.bucketOf(month.toString(), caseId)),
                Updates.combine(Updates.addToSet("cases", caseId), Updates.addEachToSet("units", List.copyOf(unitIds))),
                new UpdateOptions().upsert(true));
        PendingWrites.of(generation).ifPresentOrElse(
                pending -> pending.update(PendingWrites.Target.MONTHS, months, write),
                () -> months.bulkWrite(List.of(write)));
    }

    public Set<String> cases(Collection<YearMonth> period) {
        return field(period, "cases");
    }

    public Set<String> units(Collection<YearMonth> period) {
        return field(period, "units");
    }

    private Set<String> field(Collection<YearMonth> period, String field) {
        Set<String> ids = new TreeSet<>();
        months.find(Filters.in("_id", period.stream().flatMap(month -> buckets.all(month.toString()).stream())
                        .toList()))
                .forEach(doc -> ids.addAll(doc.getList(field, String.class, List.of())));
        return ids;
    }
}
