package org.huiying.intake.cases.answer;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A final answer was drafted and awaits approval. */
@Revision("1")
public record AnswerDraftedEvent(String caseId, String unitId, String draftedBy, String text, Instant draftedAt) {
}
