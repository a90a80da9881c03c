package org.huiying.intake.cases;

import org.axonframework.serialization.Revision;
import org.huiying.contracts.intake.Channel;

import java.time.Instant;

/** A case was opened from a post. Keeps the author's handle, which never leaves intake-service. */
@Revision("1")
public record PostReceivedEvent(String caseId, String source, String postId, String threadId, String url,
                                String board, String author, String title, String body, Instant postedAt,
                                Instant scrapedAt, Channel channel, Instant receivedAt) {
}
