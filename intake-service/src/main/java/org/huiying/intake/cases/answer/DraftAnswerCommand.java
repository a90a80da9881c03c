package org.huiying.intake.cases.answer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** 办结答复: the unit's liaison drafts the final answer. */
public record DraftAnswerCommand(@TargetAggregateIdentifier String caseId, String unitId, String draftedBy, String text,
                                 Instant draftedAt) {
}
