package org.huiying.sla.clock;

import org.huiying.sla.calendar.ClockKind;

import java.time.Duration;
import java.time.Instant;

/**
 * A finished pause of the answer clock while the netizen was asked for information: from {@code pausedAt} to
 * {@code resumedAt}, {@code paused} of the answer window's own kind of time ({@code kind}: working time for working
 * hours and days, calendar time for calendar hours), already capped. Recorded once; a later policy never changes it.
 */
public record AnswerPause(Instant pausedAt, Instant resumedAt, Duration paused, ClockKind kind, boolean capped) {
}
