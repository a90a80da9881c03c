package org.huiying.intake.cases.answer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** 审核: the unit's spokesperson (or the office) approves the pending draft; {@code unitId} is null for the office. */
public record ApproveAnswerCommand(@TargetAggregateIdentifier String caseId, String unitId, String approvedBy,
                                   Instant approvedAt) {
}
