package org.huiying.intake.cases.answer;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The pending draft was returned with a comment. */
@Revision("1")
public record AnswerReturnedEvent(String caseId, String unitId, String returnedBy, String comment, Instant returnedAt) {
}
