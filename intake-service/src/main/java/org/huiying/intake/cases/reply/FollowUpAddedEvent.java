package org.huiying.intake.cases.reply;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The netizen who opened the case posted again in its thread (追问). */
@Revision("1")
public record FollowUpAddedEvent(String caseId, String postId, String body, Instant postedAt, Instant receivedAt) {
}
