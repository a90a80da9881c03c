package org.huiying.contracts.sla;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A deadline passed without the response or the answer; the case is overdue (超期). {@code occurredAt} is the due
 * time: the verdict is a fact of event time, not of when it was noticed. {@code round} is the answer round (null in
 * records written before it was added); {@code replaces} names an earlier verdict on the same deadline this one
 * corrects (e.g. charged to another unit once the assignment's time was known).
 */
public record DeadlineMissed(UUID eventId, Instant occurredAt, String caseId,
                             String unitId, DeadlineKind deadline, Instant dueAt, Integer round, UUID replaces)
        implements CaseEvent {

    /** The v1 shape before {@code round} and {@code replaces} were added. */
    public DeadlineMissed(UUID eventId, Instant occurredAt, String caseId, String unitId, DeadlineKind deadline,
                          Instant dueAt) {
        this(eventId, occurredAt, caseId, unitId, deadline, dueAt, null, null);
    }
}
