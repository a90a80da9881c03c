package org.huiying.intake.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.huiying.contracts.intake.Channel;

import java.time.Instant;

/** Open a case from the first post of a thread. Sending it again for the same case changes nothing. */
public record ReceivePostCommand(@TargetAggregateIdentifier String caseId,
                                 String source, String postId, String threadId, String url, String board,
                                 String author, String title, String body, Instant postedAt, Instant scrapedAt,
                                 Channel channel, Instant receivedAt) {
}
