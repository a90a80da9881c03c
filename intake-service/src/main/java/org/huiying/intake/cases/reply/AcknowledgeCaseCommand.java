package org.huiying.intake.cases.reply;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** 在线响应 entered over the API by a user of the assigned unit. */
public record AcknowledgeCaseCommand(@TargetAggregateIdentifier String caseId, String unitId, String acknowledgedBy,
                                     String note, Instant acknowledgedAt) {
}
