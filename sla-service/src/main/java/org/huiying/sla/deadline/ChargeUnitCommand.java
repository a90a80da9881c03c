package org.huiying.sla.deadline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The unit now answering the case is the one its deadlines are charged to. */
public record ChargeUnitCommand(@TargetAggregateIdentifier String caseId, String unitId, Instant decidedAt) {
}
