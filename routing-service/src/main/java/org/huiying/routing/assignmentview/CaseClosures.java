package org.huiying.routing.assignmentview;

import org.springframework.stereotype.Component;

/**
 * A closed case leaves the current cases of its lead and co-units; a reopened one (重办) comes back. Both are
 * idempotent and hold in either order with the assignment events: an assignment applied after the closing keeps the
 * case off the units' lists.
 */
@Component
public class CaseClosures {

    private final ClosedCases closed;
    private final AssignmentHistories histories;
    private final UnitCasePlacement placement;

    public CaseClosures(ClosedCases closed, AssignmentHistories histories, UnitCasePlacement placement) {
        this.closed = closed;
        this.histories = histories;
        this.placement = placement;
    }

    public void closed(String caseId) {
        closed.close(caseId);
        histories.find(caseId).ifPresent(placement::place);
    }

    public void reopened(String caseId) {
        closed.reopen(caseId);
        histories.find(caseId).ifPresent(placement::place);
    }
}
