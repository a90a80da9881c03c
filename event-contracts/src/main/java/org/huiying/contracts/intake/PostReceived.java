package org.huiying.contracts.intake;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A case was opened from a netizen's post (scraped or entered by the office). The author's handle is personal data
 * and stays inside intake-service.
 */
public record PostReceived(UUID eventId, Instant occurredAt, String caseId,
                           String source, String postId, String threadId, String url, String board,
                           String title, String body, Instant postedAt, Instant scrapedAt,
                           Channel channel) implements CaseEvent {
}
