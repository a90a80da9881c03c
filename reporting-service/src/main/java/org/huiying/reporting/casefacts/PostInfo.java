package org.huiying.reporting.casefacts;

import java.time.Instant;

/** What the post that opened the case says: when it was posted and received, where, and its title. */
public record PostInfo(String eventId, Instant postedAt, Instant receivedAt, String source, String board,
                       String title) {
}
