package org.huiying.intake.cases.answer;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The pending draft was approved and may be published. */
@Revision("1")
public record AnswerApprovedEvent(String caseId, String unitId, String approvedBy, Instant approvedAt) {
}
