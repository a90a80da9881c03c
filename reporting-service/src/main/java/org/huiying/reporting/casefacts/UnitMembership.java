package org.huiying.reporting.casefacts;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * Per unit, the sets of case ids it has received, has open and has overdue ({@code unit_members}). Adding a case to
 * a set it is already in changes nothing, so replaying or redelivering any event can never count a case twice; the
 * figures are the sizes of the sets.
 */
@Repository
public class UnitMembership {

    static final String RECEIVED = "received";
    static final String OPEN = "open";
    static final String OVERDUE = "overdue";

    private final MongoCollection<Document> members;

    public UnitMembership(MongoDatabase serviceDatabase) {
        this.members = serviceDatabase.getCollection("unit_members");
    }

    /** Makes the unit's sets say exactly what the case's facts say. */
    public void place(String unitId, CaseFacts facts) {
        members.updateOne(Filters.eq("_id", unitId), Updates.combine(
                Updates.addToSet(RECEIVED, facts.caseId()),
                facts.closed() ? Updates.pull(OPEN, facts.caseId()) : Updates.addToSet(OPEN, facts.caseId()),
                facts.overdue() && !facts.closed()
                        ? Updates.addToSet(OVERDUE, facts.caseId()) : Updates.pull(OVERDUE, facts.caseId())),
                new UpdateOptions().upsert(true));
    }

    /** Takes the case out of every set of a unit that no longer answers it. */
    public void remove(String unitId, String caseId) {
        members.updateOne(Filters.eq("_id", unitId), Updates.combine(Updates.pull(RECEIVED, caseId),
                Updates.pull(OPEN, caseId), Updates.pull(OVERDUE, caseId)));
    }

    public Optional<UnitSummary> summary(String unitId) {
        return Optional.ofNullable(members.find(Filters.eq("_id", unitId)).first())
                .map(doc -> new UnitSummary(unitId, null, size(doc, RECEIVED), size(doc, OPEN), size(doc, OVERDUE)));
    }

    private static int size(Document doc, String field) {
        List<String> ids = doc.getList(field, String.class);
        return ids == null ? 0 : ids.size();
    }
}
