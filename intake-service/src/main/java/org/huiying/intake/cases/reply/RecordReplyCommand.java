package org.huiying.intake.cases.reply;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A scraped reply in the case's thread; {@code unitId} is the unit whose registered forum account wrote it, or null.
 */
public record RecordReplyCommand(@TargetAggregateIdentifier String caseId, String source, String postId, String author,
                                 String unitId, String body, Instant postedAt, Instant scrapedAt, Instant receivedAt) {
}
