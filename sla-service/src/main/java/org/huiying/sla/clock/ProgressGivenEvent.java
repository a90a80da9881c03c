package org.huiying.sla.clock;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** 跟帖通报进展: a unit published a progress update on the case. */
@Revision("1")
public record ProgressGivenEvent(String caseId, String unitId, int round, Instant at) {
}
