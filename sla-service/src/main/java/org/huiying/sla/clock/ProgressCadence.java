package org.huiying.sla.clock;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.huiying.contracts.sla.DeadlineKind;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 跟帖通报进展: once a case's answer deadline is missed, a public progress update is due every cadence of the policy
 * (one working day in the seeds): the first one cadence after the answer deadline, the next one cadence after the
 * last update or the last missed one. Each interval without an update is one missed {@code progress} deadline,
 * charged to the unit holding the case when it was due; an update clears it and starts the next interval.
 */
class ProgressCadence {

    /** After a long downtime, at most this many missed intervals are recorded per sweep (the rest on the next). */
    private static final int MAX_INTERVALS_PER_SWEEP = 60;

    private final CaseClock clock;
    private int round;
    private Instant lastProgressAt;
    private Instant dueAt;

    ProgressCadence(CaseClock clock) {
        this.clock = clock;
    }

    @CommandHandler
    void handle(RecordProgressCommand command, DeadlinePlanner planner) {
        if (!clock.answerClockRuns() || lastProgressAt != null && !command.at().isAfter(lastProgressAt)) {
            return; // no clock, or an update seen already
        }
        Deadlines deadlines = clock.deadlines();
        apply(new ProgressGivenEvent(clock.caseId(), command.unitId(), deadlines.answerRound(), command.at()));
        if (command.at().isAfter(deadlines.answerDueAt()) && !clock.isPaused()) {
            Instant next = planner.progressDueAfter(command.at());
            if (dueAt == null || next.isAfter(dueAt)) {
                apply(new ProgressUpdateDueEvent(clock.caseId(), deadlines.answerRound(), next, "progress reported",
                        command.at()));
            }
        }
    }

    /** Records every interval missed by {@code now}, each once. */
    void chase(Instant now, DeadlinePlanner planner) {
        if (!chased()) {
            return;
        }
        Deadlines deadlines = clock.deadlines();
        if (dueAt == null) {
            apply(new ProgressUpdateDueEvent(clock.caseId(), round, planner.progressDueAfter(deadlines.answerDueAt()),
                    "answer deadline passed", now));
        }
        for (int interval = 0; !dueAt.isAfter(now) && interval < MAX_INTERVALS_PER_SWEEP; interval++) {
            Instant due = dueAt;
            apply(new DeadlineMissedEvent(clock.caseId(), clock.unitAt(due), DeadlineKind.PROGRESS, round, due, now));
            apply(new ProgressUpdateDueEvent(clock.caseId(), round, planner.progressDueAfter(due),
                    "progress update missed", now));
        }
    }

    /** When the next update is due, while updates are chased (null otherwise). */
    Instant nextCheck() {
        return chased() ? dueAt : null;
    }

    Instant lastProgressAt() {
        return lastProgressAt;
    }

    Instant dueAt() {
        return dueAt;
    }

    private boolean chased() {
        return clock.answerClockRuns() && clock.answerMissed();
    }

    @EventSourcingHandler
    void on(DeadlinesSetEvent event) {
        if (event.deadlines().answerRound() > round) {
            round = event.deadlines().answerRound();
            dueAt = null;
        }
    }

    @EventSourcingHandler
    void on(ProgressGivenEvent event) {
        lastProgressAt = event.at();
    }

    @EventSourcingHandler
    void on(ProgressUpdateDueEvent event) {
        dueAt = event.dueAt();
    }
}
