package org.huiying.intake.cases.outcome;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The case is closed: rated, or quiet since its answer. */
@Revision("1")
public record CaseClosedEvent(String caseId, String unitId, String reason, Instant closedAt) {
}
