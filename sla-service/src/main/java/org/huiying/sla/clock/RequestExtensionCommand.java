package org.huiying.sla.clock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** 延期: the assigned unit explains publicly and commits to a new answer deadline. */
public record RequestExtensionCommand(@TargetAggregateIdentifier String caseId, String unitId, String explanation, Instant newDueAt, Instant at) {
}
