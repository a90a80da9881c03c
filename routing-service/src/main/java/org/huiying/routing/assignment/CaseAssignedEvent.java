package org.huiying.routing.assignment;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

@Revision("1")
public record CaseAssignedEvent(String caseId, String leadUnitId, List<String> coUnitIds, String ruleId,
                                String decidedBy, Instant decidedAt) {
}
