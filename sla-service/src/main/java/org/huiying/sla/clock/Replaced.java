package org.huiying.sla.clock;

import java.time.Instant;

/** The verdict a new one corrects: its event id, whether it said missed, and the due time it judged. */
public record Replaced(String eventId, boolean missed, Instant dueAt) {
}
