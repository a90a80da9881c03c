package org.huiying.routing.assignmentview;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/** The {@code problem_cases} collection: only the flagged cases (提级督办), so it stays small enough to list. */
@Repository
public class ProblemCases {

    /** A flagged case: why, and who led it when it was flagged (null while it waited in triage). */
    public record ProblemCase(String caseId, String cause, String reason, int handovers, String leadUnitId,
                              Instant flaggedAt) {
    }

    private final MongoCollection<Document> problems;

    public ProblemCases(MongoDatabase serviceDatabase) {
        this.problems = serviceDatabase.getCollection("problem_cases");
    }

    public void save(ProblemCase problem) {
        problems.replaceOne(Filters.eq("_id", problem.caseId()), ViewDocuments.toDocument(problem.caseId(), problem),
                new ReplaceOptions().upsert(true));
    }

    /** Oldest first. */
    public List<ProblemCase> all() {
        return StreamSupport.stream(problems.find().spliterator(), false)
                .map(doc -> ViewDocuments.fromDocument(doc, ProblemCase.class))
                .sorted(Comparator.comparing(ProblemCase::flaggedAt)).toList();
    }
}
