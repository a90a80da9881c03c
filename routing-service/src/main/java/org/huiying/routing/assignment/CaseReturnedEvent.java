package org.huiying.routing.assignment;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record CaseReturnedEvent(String caseId, String unitId, String reason, Instant returnedAt) {
}
