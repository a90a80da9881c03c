package org.huiying.intake.cases.classification;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.huiying.contracts.intake.CaseKind;
import org.huiying.contracts.intake.Severity;

import java.time.Instant;

/**
 * Set the kind and severity: a suggestion of the keyword rules ({@code override} false) or the office's decision with
 * a reason.
 */
public record ClassifyCaseCommand(@TargetAggregateIdentifier String caseId, CaseKind kind, Severity severity,
                                  String decidedBy, String reason, boolean override, Instant classifiedAt) {
}
