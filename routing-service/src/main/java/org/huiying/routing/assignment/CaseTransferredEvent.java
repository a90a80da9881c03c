package org.huiying.routing.assignment;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

@Revision("1")
public record CaseTransferredEvent(String caseId, String fromUnitId, String toUnitId, List<String> coUnitIds,
                                   String reason, String decidedBy, Instant transferredAt) {
}
