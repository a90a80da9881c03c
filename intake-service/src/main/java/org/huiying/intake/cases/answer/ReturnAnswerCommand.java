package org.huiying.intake.cases.answer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The pending draft goes back to its author with a comment; {@code unitId} is null for the office. */
public record ReturnAnswerCommand(@TargetAggregateIdentifier String caseId, String unitId, String returnedBy,
                                  String comment, Instant returnedAt) {
}
