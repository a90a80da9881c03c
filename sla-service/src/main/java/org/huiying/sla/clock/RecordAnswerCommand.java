package org.huiying.sla.clock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The published final answer (办结答复) stops the answer clock (and the response clock if still running). */
public record RecordAnswerCommand(@TargetAggregateIdentifier String caseId, String unitId, Instant at) {
}
