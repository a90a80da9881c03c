package org.huiying.contracts.sla;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/** 延期: the unit published an explanation and committed to a new answer deadline. */
public record ExtensionGranted(UUID eventId, Instant occurredAt, String caseId,
                               String unitId, String explanation, Instant previousDueAt, Instant newDueAt)
        implements CaseEvent {
}
