package org.huiying.intake.cases.outcome;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** 落实: the office, or the netizen through the office, confirms the problem was actually solved. */
public record ConfirmImplementationCommand(@TargetAggregateIdentifier String caseId, String confirmedBy,
                                           Instant confirmedAt) {
}
