package org.huiying.sla.clock;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The response clock stopped: the unit responded publicly. */
@Revision("1")
public record ResponseGivenEvent(String caseId, String unitId, Instant at) {
}
