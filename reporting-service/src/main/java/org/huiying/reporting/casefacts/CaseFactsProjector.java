package org.huiying.reporting.casefacts;

import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.intake.CaseClosed;
import org.huiying.contracts.intake.CaseReopened;
import org.huiying.contracts.intake.PostReceived;
import org.huiying.contracts.routing.CaseAssigned;
import org.huiying.contracts.routing.CaseTransferred;
import org.huiying.contracts.sla.DeadlineMissed;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Folds each event into the case's facts, then places the case in its unit's sets. Every step is idempotent: the
 * same event twice, or a crash between the two writes followed by a redelivery, ends in the same figures.
 */
@Component
public class CaseFactsProjector {

    private final CaseFactsRepository facts;
    private final UnitMembership membership;

    public CaseFactsProjector(CaseFactsRepository facts, UnitMembership membership) {
        this.facts = facts;
        this.membership = membership;
    }

    public void apply(IntegrationEvent event) {
        if (!(event instanceof org.huiying.contracts.CaseEvent caseEvent)) {
            return;
        }
        CaseFacts before = facts.find(caseEvent.caseId());
        CaseFacts after = fold(before, event);
        String unit = after.unitToCount();
        if (before.countedUnit() != null && !before.countedUnit().equals(unit)) {
            membership.remove(before.countedUnit(), after.caseId());
        }
        if (unit != null) {
            membership.place(unit, after);
        }
        facts.save(withCountedUnit(after, unit));
    }

    private static CaseFacts fold(CaseFacts f, IntegrationEvent event) {
        if (event instanceof PostReceived post) {
            return new CaseFacts(f.caseId(), true, post.postedAt(), f.unitId(), f.assignedAt(), f.overdue(),
                    f.closed(), f.countedUnit());
        }
        if (event instanceof CaseAssigned assigned) {
            return assign(f, assigned.leadUnitId(), assigned.occurredAt());
        }
        if (event instanceof CaseTransferred transferred) {
            return assign(f, transferred.toUnitId(), transferred.occurredAt());
        }
        if (event instanceof DeadlineMissed) {
            return new CaseFacts(f.caseId(), f.posted(), f.postedAt(), f.unitId(), f.assignedAt(), true,
                    f.closed(), f.countedUnit());
        }
        if (event instanceof CaseReopened) {
            return new CaseFacts(f.caseId(), f.posted(), f.postedAt(), f.unitId(), f.assignedAt(), f.overdue(),
                    false, f.countedUnit());
        }
        if (event instanceof CaseClosed) {
            return new CaseFacts(f.caseId(), f.posted(), f.postedAt(), f.unitId(), f.assignedAt(), f.overdue(),
                    true, f.countedUnit());
        }
        return f;
    }

    private static CaseFacts assign(CaseFacts f, String unitId, Instant at) {
        if (f.assignedAt() != null && !at.isAfter(f.assignedAt())) {
            return f; // an older routing decision arriving late
        }
        return new CaseFacts(f.caseId(), f.posted(), f.postedAt(), unitId, at, f.overdue(), f.closed(),
                f.countedUnit());
    }

    private static CaseFacts withCountedUnit(CaseFacts f, String unit) {
        return new CaseFacts(f.caseId(), f.posted(), f.postedAt(), f.unitId(), f.assignedAt(), f.overdue(),
                f.closed(), unit);
    }
}
