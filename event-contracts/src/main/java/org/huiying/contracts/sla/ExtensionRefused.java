package org.huiying.contracts.sla;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/** An extension request was refused (too late, beyond the cap, or without an explanation). */
public record ExtensionRefused(UUID eventId, Instant occurredAt, String caseId,
                               String unitId, String explanation, Instant requestedDueAt, String reason)
        implements CaseEvent {
}
