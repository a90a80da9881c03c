package org.huiying.sla.clock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** 重办: the answered case must be handled again; a new answer clock starts at {@code at}. */
public record ReopenAnswerClockCommand(@TargetAggregateIdentifier String caseId, Instant at) {
}
