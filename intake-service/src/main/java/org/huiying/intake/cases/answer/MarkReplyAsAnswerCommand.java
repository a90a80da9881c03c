package org.huiying.intake.cases.answer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The unit names one of its registered account's scraped replies as its final answer; it is published once a
 * spokesperson of the unit or the office approves it ({@link ApproveAnswerCommand}).
 */
public record MarkReplyAsAnswerCommand(@TargetAggregateIdentifier String caseId, String unitId, String postId,
                                       String markedBy, Instant markedAt) {
}
