package org.huiying.intake.cases.reply;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Someone other than the netizen replied in the thread; {@code unitId} is set when a registered account of a unit
 * wrote it.
 */
@Revision("1")
public record ReplyRecordedEvent(String caseId, String source, String postId, String author, String unitId, String body,
                                 Instant postedAt, Instant scrapedAt) {
}
