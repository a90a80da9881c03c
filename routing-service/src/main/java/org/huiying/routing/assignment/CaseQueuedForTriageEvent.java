package org.huiying.routing.assignment;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record CaseQueuedForTriageEvent(String caseId, String reason, Instant queuedAt) {
}
