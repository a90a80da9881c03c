package org.huiying.intake.cases.answer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The unit names one of its registered account's scraped replies as its final answer, with the approver's name. */
public record MarkReplyAsAnswerCommand(@TargetAggregateIdentifier String caseId, String unitId, String postId,
                                       String approvedBy, String markedBy, Instant markedAt) {
}
