package org.huiying.routing.assignment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** 批办: give a case its lead unit and co-units, by a rule or by a dispatcher of the office. */
public record AssignCaseCommand(@TargetAggregateIdentifier String caseId, String leadUnitId, List<String> coUnitIds,
                                String ruleId, String decidedBy, Instant decidedAt) {
}
