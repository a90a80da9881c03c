package org.huiying.routing.assignment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Flag a case that has waited in triage without a lead unit for too long (提级督办). Sent by the sweeper. */
public record FlagProblemCaseCommand(@TargetAggregateIdentifier String caseId, Instant checkedAt) {
}
