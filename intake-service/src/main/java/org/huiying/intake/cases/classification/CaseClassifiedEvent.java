package org.huiying.intake.cases.classification;

import org.axonframework.serialization.Revision;
import org.huiying.contracts.intake.CaseKind;
import org.huiying.contracts.intake.Severity;

import java.time.Instant;

/** The case's kind and severity were set or changed. */
@Revision("1")
public record CaseClassifiedEvent(String caseId, CaseKind kind, Severity severity, String decidedBy, String reason,
                                  boolean override, Instant classifiedAt) {
}
