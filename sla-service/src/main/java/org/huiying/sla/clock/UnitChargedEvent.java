package org.huiying.sla.clock;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** From {@code decidedAt} the case's time is attributed to {@code unitId} (null: the office). */
@Revision("1")
public record UnitChargedEvent(String caseId, String unitId, Instant decidedAt, String reason) {
}
