package org.huiying.sla.clock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Start a case's clocks at the moment the netizen posted (from post-received). */
public record StartCaseClockCommand(@TargetAggregateIdentifier String caseId, Instant postedAt, Instant at) {
}
