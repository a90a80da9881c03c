package org.huiying.sla.clock;

import org.huiying.contracts.intake.Severity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A case clock's state as a value, to compare clocks fed the same facts in different orders. */
record ClockState(Instant postedAt, Severity severity, List<Segment> segments, Deadlines deadlines,
                  Instant acknowledgedAt, Instant answeredAt, boolean extended, boolean stopped, Set<String> fired,
                  Set<String> verdicts, boolean paused, Instant lastProgressAt,
                  ProgressFigureChangedEvent.ProgressFigure progress) {
}
