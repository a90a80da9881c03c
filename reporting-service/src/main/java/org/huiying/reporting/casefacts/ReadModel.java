package org.huiying.reporting.casefacts;

import com.mongodb.client.MongoDatabase;
import org.huiying.reporting.readmodel.ReadModelGenerations;

/** The collections of one generation of reporting's read model. */
public record ReadModel(int generation, CaseRecords cases, FigureDocuments figures, PeriodIndex months) {

    public static ReadModel of(MongoDatabase database, int generation) {
        return new ReadModel(generation,
                new CaseRecords(database.getCollection(ReadModelGenerations.collectionName(generation, "case_facts"))),
                new FigureDocuments(database.getCollection(
                        ReadModelGenerations.collectionName(generation, "unit_figures"))),
                new PeriodIndex(database.getCollection(ReadModelGenerations.collectionName(generation, "months"))));
    }
}
