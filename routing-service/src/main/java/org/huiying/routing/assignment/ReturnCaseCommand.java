package org.huiying.routing.assignment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** 退回: the lead unit hands the case back to the office as outside its remit, with a reason. */
public record ReturnCaseCommand(@TargetAggregateIdentifier String caseId, String unitId, String reason,
                                Instant returnedAt) {
}
