package org.huiying.reporting.casefacts;

import com.mongodb.client.MongoDatabase;
import org.huiying.reporting.readmodel.ReadModelGenerations;
import org.huiying.support.mongo.DocumentBuckets;

/** The collections of one generation of reporting's read model. */
public record ReadModel(int generation, CaseRecords cases, FigureDocuments figures, PeriodIndex months) {

    static final int FIGURE_BUCKETS = 16;
    static final int MONTH_BUCKETS = 64;

    /** A generation in the given layout ({@link ReadModelGenerations#CURRENT_LAYOUT} or an earlier one). */
    public static ReadModel of(MongoDatabase database, int generation, int layout) {
        boolean bucketed = layout >= ReadModelGenerations.CURRENT_LAYOUT;
        return new ReadModel(generation,
                new CaseRecords(generation,
                        database.getCollection(ReadModelGenerations.collectionName(generation, "case_facts"))),
                new FigureDocuments(generation, database.getCollection(
                        ReadModelGenerations.collectionName(generation, "unit_figures")),
                        new DocumentBuckets(bucketed ? FIGURE_BUCKETS : 1)),
                new PeriodIndex(generation,
                        database.getCollection(ReadModelGenerations.collectionName(generation, "months")),
                        new DocumentBuckets(bucketed ? MONTH_BUCKETS : 1)));
    }
}
