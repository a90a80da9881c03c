package org.huiying.intake.cases.answer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * 审核: the signed-in approver approves the pending answer (a draft, or a forum reply marked as the answer).
 * {@code unitId} is null for the office; a unit user approves only as a spokesperson (网络发言人) of the lead unit.
 */
public record ApproveAnswerCommand(@TargetAggregateIdentifier String caseId, String unitId, String approvedBy,
                                   boolean spokesperson, Instant approvedAt) {
}
