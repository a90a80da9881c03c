package org.huiying.contracts.intake;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/** The case was closed, after rating or after the quiet period following the answer. */
public record CaseClosed(UUID eventId, Instant occurredAt, String caseId, String reason) implements CaseEvent {
}
