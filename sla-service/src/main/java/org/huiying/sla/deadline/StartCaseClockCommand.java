package org.huiying.sla.deadline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Start a case's clocks at the moment the netizen posted. */
public record StartCaseClockCommand(@TargetAggregateIdentifier String caseId, Instant postedAt, Instant at) {
}
