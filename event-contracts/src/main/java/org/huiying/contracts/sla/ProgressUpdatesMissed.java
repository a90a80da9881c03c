package org.huiying.contracts.sla;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * 跟帖通报进展 missed: the running figure of a case's missed progress updates in one answer round — how many intervals
 * passed without a public update once the answer deadline was missed, the first and the last of their due times, and
 * how many fell to each unit in each month (the unit holding the case when each was due, {@code null} while with the
 * office). Each record replaces the previous one for the same case and round; {@code occurredAt} is the last due time
 * counted (or the time of the fact that lowered the figure).
 */
public record ProgressUpdatesMissed(UUID eventId, Instant occurredAt, String caseId, int round, int count,
                                    Instant firstDueAt, Instant lastDueAt, Instant nextDueAt,
                                    List<UnitMonthCount> byUnitMonth) implements CaseEvent {

    public ProgressUpdatesMissed {
        byUnitMonth = byUnitMonth == null ? List.of() : List.copyOf(byUnitMonth);
    }

    /** Missed updates charged to one unit in one month ({@code yyyy-MM}, in the deployment's zone). */
    public record UnitMonthCount(String unitId, String month, int count) {
    }
}
