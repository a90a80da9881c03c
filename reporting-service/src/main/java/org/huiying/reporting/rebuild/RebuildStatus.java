package org.huiying.reporting.rebuild;

import java.time.Instant;

/** Where the last rebuild stands: {@code idle}, {@code running}, {@code done} or {@code failed}. */
public record RebuildStatus(String state, Integer generation, Instant startedAt, Instant finishedAt,
                            long eventsReplayed, String error) {

    static RebuildStatus idle() {
        return new RebuildStatus("idle", null, null, null, 0, null);
    }
}
