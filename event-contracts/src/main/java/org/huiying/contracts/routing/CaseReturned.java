package org.huiying.contracts.routing;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/** 退回: the lead unit handed the case back as outside its remit. */
public record CaseReturned(UUID eventId, Instant occurredAt, String caseId, String unitId, String reason)
        implements CaseEvent {
}
