package org.huiying.intake.cases.answer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Publish the approved answer. */
public record PublishAnswerCommand(@TargetAggregateIdentifier String caseId, String unitId, String publishedBy,
                                   Instant publishedAt) {
}
