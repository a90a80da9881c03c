package org.huiying.sla.clock;

import java.time.Instant;

/** From {@code from} on, the case's time is attributed to {@code unitId} (null: the office, e.g. triage). */
public record Segment(String unitId, Instant from) {
}
