package org.huiying.intake.cases.inquiry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** 请网民补充情况: the lead unit asks the netizen publicly for information it needs; {@code text} is the question. */
public record RequestInformationCommand(@TargetAggregateIdentifier String caseId, String unitId, String requestedBy,
                                        String text, Instant requestedAt) {
}
