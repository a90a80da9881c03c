package org.huiying.intake.cases.reply;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Routing's current decision about who answers the case; an older decision arriving late is ignored. */
public record RecordAssignmentCommand(@TargetAggregateIdentifier String caseId, String state, String leadUnitId,
                                      List<String> coUnitIds, Instant decidedAt) {
}
