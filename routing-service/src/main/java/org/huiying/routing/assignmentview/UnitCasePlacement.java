package org.huiying.routing.assignmentview;

import org.springframework.stereotype.Component;

/** Puts a case on the current-case lists of the units in charge of it, unless intake has closed it. */
@Component
public class UnitCasePlacement {

    static final String LEAD = "lead";
    static final String CO_UNIT = "co-unit";

    private final UnitCases unitCases;
    private final ClosedCases closed;

    public UnitCasePlacement(UnitCases unitCases, ClosedCases closed) {
        this.unitCases = unitCases;
        this.closed = closed;
    }

    /** Moves the case from the units of {@code before} to those of {@code after}. */
    public void place(AssignmentHistory before, AssignmentHistory after) {
        before.units().stream().filter(unit -> !after.units().contains(unit))
                .forEach(unit -> unitCases.remove(unit, after.caseId()));
        if (closed.isClosed(after.caseId())) {
            after.units().forEach(unit -> unitCases.remove(unit, after.caseId()));
            return;
        }
        if (after.leadUnitId() != null) {
            unitCases.put(after.leadUnitId(), new UnitCase(after.caseId(), LEAD, after.since(), after.problem()));
        }
        after.coUnitIds().forEach(unit -> unitCases.put(unit,
                new UnitCase(after.caseId(), CO_UNIT, after.since(), after.problem())));
    }

    public void place(AssignmentHistory history) {
        place(history, history);
    }
}
