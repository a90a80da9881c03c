package org.huiying.intake.cases.answer;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A scraped reply of the unit's registered account was named as the final answer and awaits approval. */
@Revision("1")
public record ReplyMarkedAsAnswerEvent(String caseId, String unitId, String postId, String markedBy,
                                       Instant markedAt) {
}
