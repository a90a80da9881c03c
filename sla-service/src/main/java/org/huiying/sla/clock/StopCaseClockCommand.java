package org.huiying.sla.clock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The case was closed: nothing more runs against a deadline. */
public record StopCaseClockCommand(@TargetAggregateIdentifier String caseId, String reason, Instant at) {
}
