package org.huiying.contracts.sla;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/** A deadline passed without the response or the answer; the case is overdue (超期). */
public record DeadlineMissed(UUID eventId, Instant occurredAt, String caseId,
                             String unitId, DeadlineKind deadline, Instant dueAt) implements CaseEvent {
}
