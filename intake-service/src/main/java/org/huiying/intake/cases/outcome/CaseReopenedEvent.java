package org.huiying.intake.cases.outcome;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** 重办: the answered case is handled again. */
@Revision("1")
public record CaseReopenedEvent(String caseId, String unitId, String reason, Instant reopenedAt) {
}
