package org.huiying.sla.clock;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.huiying.contracts.sla.DeadlineKind;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 按期/超期: the verdicts on a case's deadlines, judged from the facts' own times. A deadline (kind and answer round; a
 * progress update also by its due time) is recorded missed at most once, charged to the unit that held the case when
 * it was due.
 */
class DeadlineVerdicts {

    private final CaseClock clock;
    private final Set<String> missed = new HashSet<>();

    DeadlineVerdicts(CaseClock clock) {
        this.clock = clock;
    }

    /** Met when given by its due time, else missed (once). */
    void settle(DeadlineKind kind, int round, Instant dueAt, String unitId, Instant at) {
        if (!at.isAfter(dueAt)) {
            apply(new DeadlineMetEvent(clock.caseId(), unitId, kind, round, dueAt, at));
        } else {
            recordMissed(kind, round, dueAt, at);
        }
    }

    void recordMissed(DeadlineKind kind, int round, Instant dueAt, Instant at) {
        if (!isMissed(kind, round)) {
            apply(new DeadlineMissedEvent(clock.caseId(), clock.unitAt(dueAt), kind, round, dueAt, at));
        }
    }

    boolean isMissed(DeadlineKind kind, int round) {
        return missed.contains(kind + ":" + round);
    }

    Set<String> keys() {
        return Set.copyOf(missed);
    }

    @EventSourcingHandler
    void on(DeadlineMissedEvent event) {
        missed.add(event.deadline() + ":" + event.round()
                + (event.deadline() == DeadlineKind.PROGRESS ? ":" + event.dueAt() : ""));
    }
}
