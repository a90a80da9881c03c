package org.huiying.routing.assignmentview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a case stands and how it got there: {@code status} {@code awaiting-triage} or {@code assigned}, the lead unit
 * and co-units in charge since {@code since}, the number of returns and transfers, the problem-case flag, and every
 * step, oldest first.
 */
public record AssignmentHistory(String caseId, String status, String leadUnitId, List<String> coUnitIds,
                                Instant since, int handovers, boolean problem, String problemReason,
                                List<AssignmentStep> steps) {

    public static AssignmentHistory start(String caseId) {
        return new AssignmentHistory(caseId, null, null, List.of(), null, 0, false, null, List.of());
    }

    public boolean hasStep(String eventId) {
        return steps.stream().anyMatch(step -> step.eventId().equals(eventId));
    }

    /** The units in charge of the case now: the lead first, then the co-units. */
    public List<String> units() {
        List<String> units = new ArrayList<>();
        if (leadUnitId != null) {
            units.add(leadUnitId);
        }
        units.addAll(coUnitIds);
        return units;
    }

    AssignmentHistory then(AssignmentStep step, String newStatus, String lead, List<String> coUnits,
                           Instant newSince, int newHandovers) {
        List<AssignmentStep> next = new ArrayList<>(steps);
        next.add(step);
        return new AssignmentHistory(caseId, newStatus, lead, coUnits, newSince, newHandovers, problem,
                problemReason, next);
    }

    AssignmentHistory flagged(AssignmentStep step) {
        List<AssignmentStep> next = new ArrayList<>(steps);
        next.add(step);
        return new AssignmentHistory(caseId, status, leadUnitId, coUnitIds, since, handovers, true, step.reason(),
                next);
    }
}
