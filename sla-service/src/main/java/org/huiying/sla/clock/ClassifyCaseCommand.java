package org.huiying.sla.clock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.huiying.contracts.intake.Severity;

import java.time.Instant;

/** The case's severity as intake classified it (from case-classified). */
public record ClassifyCaseCommand(@TargetAggregateIdentifier String caseId, Severity severity, Instant at) {
}
