package org.huiying.contracts.sla;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A deadline was met: the response or the answer came on time. {@code round} is the answer round (0 before any
 * reopening; null in records written before it was added). {@code replaces} names the earlier verdict on the same
 * deadline that a later-known fact proved wrong (a reply posted in time but seen after the deadline had been judged
 * missed); consumers count only verdicts nothing replaced.
 */
public record DeadlineMet(UUID eventId, Instant occurredAt, String caseId,
                          String unitId, DeadlineKind deadline, Instant dueAt, Instant metAt, Integer round,
                          UUID replaces) implements CaseEvent {

    /** The v1 shape before {@code round} and {@code replaces} were added. */
    public DeadlineMet(UUID eventId, Instant occurredAt, String caseId, String unitId, DeadlineKind deadline,
                       Instant dueAt, Instant metAt) {
        this(eventId, occurredAt, caseId, unitId, deadline, dueAt, metAt, null, null);
    }
}
