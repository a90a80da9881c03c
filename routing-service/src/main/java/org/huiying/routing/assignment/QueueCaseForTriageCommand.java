package org.huiying.routing.assignment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Put a case no rule could place in the office's triage queue. */
public record QueueCaseForTriageCommand(@TargetAggregateIdentifier String caseId, String reason, Instant queuedAt) {
}
