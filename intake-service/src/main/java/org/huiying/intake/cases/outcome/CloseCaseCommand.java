package org.huiying.intake.cases.outcome;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Close an answered case once the quiet period after its answer has passed (the sweeper sends it). */
public record CloseCaseCommand(@TargetAggregateIdentifier String caseId, String reason, Instant closedAt) {
}
