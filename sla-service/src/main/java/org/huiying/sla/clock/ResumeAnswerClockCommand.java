package org.huiying.sla.clock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The netizen posted again in the thread at {@code at} (from follow-up-added): a pause for information ends. */
public record ResumeAnswerClockCommand(@TargetAggregateIdentifier String caseId, Instant at) {
}
