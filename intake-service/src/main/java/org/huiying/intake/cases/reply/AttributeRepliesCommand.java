package org.huiying.intake.cases.reply;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A forum account turned out to be registered by a unit: its replies already recorded on the case are that unit's. */
public record AttributeRepliesCommand(@TargetAggregateIdentifier String caseId, String source, String author,
                                      String unitId) {
}
