package org.huiying.routing.assignment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** 转办: the office moves a case from its lead unit to another, with a reason. */
public record TransferCaseCommand(@TargetAggregateIdentifier String caseId, String toUnitId, List<String> coUnitIds,
                                  String reason, String decidedBy, Instant transferredAt) {
}
