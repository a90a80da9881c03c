package org.huiying.contracts.intake;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/** The case's kind and severity were set, by the keyword rules or by the office (with a reason). */
public record CaseClassified(UUID eventId, Instant occurredAt, String caseId,
                             CaseKind kind, Severity severity, String decidedBy, String reason) implements CaseEvent {
}
