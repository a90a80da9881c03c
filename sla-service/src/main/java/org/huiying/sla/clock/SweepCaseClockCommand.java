package org.huiying.sla.clock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The sweeper's look at one case at {@code at}: record every passed deadline and fire every due ladder step, once. */
public record SweepCaseClockCommand(@TargetAggregateIdentifier String caseId, Instant at) {
}
