package org.huiying.sla.clock;

import org.axonframework.serialization.Revision;
import org.huiying.contracts.intake.Severity;

import java.time.Instant;

/** The case's severity changed. */
@Revision("1")
public record SeverityChangedEvent(String caseId, Severity severity, Instant at) {
}
