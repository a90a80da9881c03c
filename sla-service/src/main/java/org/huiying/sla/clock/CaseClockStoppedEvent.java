package org.huiying.sla.clock;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The case was closed; its clocks stopped. */
@Revision("1")
public record CaseClockStoppedEvent(String caseId, String reason, Instant at) {
}
