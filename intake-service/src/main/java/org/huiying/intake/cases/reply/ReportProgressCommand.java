package org.huiying.intake.cases.reply;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** 跟帖通报进展 entered over the API by a user of the assigned unit. */
public record ReportProgressCommand(@TargetAggregateIdentifier String caseId, String unitId, String reportedBy,
                                    String summary, Instant reportedAt) {
}
