package org.huiying.sla.clock;

import org.axonframework.serialization.Revision;
import org.huiying.contracts.intake.Severity;

import java.time.Instant;

/** The case's deadlines were set or moved; {@code unitId} is the unit charged now (null in the office). */
@Revision("1")
public record DeadlinesSetEvent(String caseId, String unitId, Instant postedAt, Severity severity, Deadlines deadlines, String reason, Instant at) {
}
