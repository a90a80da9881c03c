package org.huiying.sla.clock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The unit publicly asked the netizen for information at {@code at} (from information-requested). */
public record PauseAnswerClockCommand(@TargetAggregateIdentifier String caseId, String unitId, Instant at) {
}
