package org.huiying.contracts.routing;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/** No rule matched (or the case came back): it waits in the office's triage queue for a dispatcher. */
public record CaseQueuedForTriage(UUID eventId, Instant occurredAt, String caseId, String reason)
        implements CaseEvent {
}
