package org.huiying.sla.clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whose time it is: from each routing decision on, the case's time is attributed to the unit it charged (null: the
 * office, e.g. triage). Decisions may arrive out of order; they are kept in the order they were taken.
 */
final class UnitSegments {

    private final List<Segment> segments = new ArrayList<>();

    /** A decision taken at that moment is known already (delivered again). */
    boolean has(Instant decidedAt) {
        return segments.stream().anyMatch(segment -> segment.from().equals(decidedAt));
    }

    /** A decision taken at that moment is later than every one known. */
    boolean isLatest(Instant decidedAt) {
        return segments.stream().allMatch(segment -> segment.from().isBefore(decidedAt));
    }

    void add(Segment segment) {
        segments.add(segment);
        segments.sort(Comparator.comparing(Segment::from));
    }

    /** The unit holding the case at that moment: the one its time is attributed to. */
    String unitAt(Instant at) {
        String unit = null;
        for (Segment segment : segments) {
            if (!segment.from().isAfter(at)) {
                unit = segment.unitId();
            }
        }
        return unit;
    }

    String current() {
        return segments.isEmpty() ? null : segments.get(segments.size() - 1).unitId();
    }

    List<Segment> list() {
        return List.copyOf(segments);
    }
}
