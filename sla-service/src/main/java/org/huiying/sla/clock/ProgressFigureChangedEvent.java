package org.huiying.sla.clock;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * The running figure of missed progress updates (跟帖通报进展) of one answer round changed: it replaces the previous
 * one. {@code at} is the last due time counted, or the time of the fact that lowered the figure.
 */
@Revision("1")
public record ProgressFigureChangedEvent(String caseId, int round, ProgressFigure figure, Instant at) {

    /** Missed updates charged to one unit ({@code null}: the office) in one month ({@code yyyy-MM}), the first due. */
    public record UnitMonth(String unitId, String month, int count, Instant firstDueAt) {
    }

    /** How many updates were missed, the first and last of their due times, when the next is due, per unit and month. */
    public record ProgressFigure(int count, Instant firstDueAt, Instant lastDueAt, Instant nextDueAt,
                                 List<UnitMonth> byUnitMonth) {

        public static final ProgressFigure NONE = new ProgressFigure(0, null, null, null, List.of());

        public ProgressFigure {
            byUnitMonth = byUnitMonth == null ? List.of() : List.copyOf(byUnitMonth);
        }
    }
}
