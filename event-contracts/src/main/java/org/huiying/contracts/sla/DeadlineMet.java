package org.huiying.contracts.sla;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/** A deadline was met: the response or the answer came on time. */
public record DeadlineMet(UUID eventId, Instant occurredAt, String caseId,
                          String unitId, DeadlineKind deadline, Instant dueAt, Instant metAt) implements CaseEvent {
}
