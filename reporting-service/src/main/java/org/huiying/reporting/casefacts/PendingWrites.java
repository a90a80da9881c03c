package org.huiying.reporting.casefacts;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The writes one unit of work (the records of a poll, a chunk of a rebuild) makes to one generation, sent at its end
 * as one bulk write per collection instead of a round trip each: the months and the figure documents first, the case
 * records last, so that a crash leaves a record's {@code placed} behind its documents, never ahead (see
 * {@link CaseFactsProjector}). The case records saved meanwhile are read from here, so a case folded twice in one
 * unit sees its own first fold.
 */
final class PendingWrites {

    /** The order in which the collections are written. */
    enum Target { MONTHS, FIGURES, CASES }

    private final Map<Target, MongoCollection<Document>> collections = new EnumMap<>(Target.class);
    private final Map<Target, List<WriteModel<Document>>> updates = new EnumMap<>(Target.class);
    private final Map<String, WriteModel<Document>> caseWrites = new LinkedHashMap<>();
    private final Map<String, CaseRecord> savedCases = new LinkedHashMap<>();

    /** The pending writes of the current unit of work to this generation; none outside a unit of work. */
    static Optional<PendingWrites> of(int generation) {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return Optional.of(root.getOrComputeResource("reporting.pending-writes.g" + generation, key -> {
            PendingWrites writes = new PendingWrites();
            root.onPrepareCommit(unit -> writes.flush());
            return writes;
        }));
    }

    void update(Target target, MongoCollection<Document> collection, WriteModel<Document> write) {
        collections.putIfAbsent(target, collection);
        updates.computeIfAbsent(target, t -> new ArrayList<>()).add(write);
    }

    void saveCase(MongoCollection<Document> cases, CaseRecord record, WriteModel<Document> write) {
        collections.putIfAbsent(Target.CASES, cases);
        caseWrites.put(record.caseId(), write);
        savedCases.put(record.caseId(), record);
    }

    Optional<CaseRecord> savedCase(String caseId) {
        return Optional.ofNullable(savedCases.get(caseId));
    }

    private void flush() {
        for (Target target : Target.values()) {
            List<WriteModel<Document>> writes = target == Target.CASES ? List.copyOf(caseWrites.values())
                    : updates.getOrDefault(target, List.of());
            if (!writes.isEmpty()) {
                // in order: the same bucket may be added to and pulled from within one unit
                collections.get(target).bulkWrite(writes, new BulkWriteOptions().ordered(true));
            }
        }
    }
}
