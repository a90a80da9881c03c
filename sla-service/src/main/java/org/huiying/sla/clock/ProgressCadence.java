package org.huiying.sla.clock;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.huiying.sla.clock.ProgressFigureChangedEvent.ProgressFigure;
import org.huiying.sla.clock.ProgressFigureChangedEvent.UnitMonth;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 跟帖通报进展: once a case's answer deadline is missed, a public progress update is due every cadence of the policy
 * (one working day in the seeds): the first one cadence after the answer deadline, the next one cadence after the
 * last update or the last missed one. The missed intervals are one running figure per answer round — how many, the
 * first and last due times, per unit (the one holding the case when each was due) and month — computed afresh from
 * the facts' own times whenever they change, so an update seen late lowers the figure instead of leaving a breach
 * standing, and a year of history writes one figure instead of one event per working day.
 */
class ProgressCadence {

    /** A figure never counts more intervals than this (about 40 years of working days). */
    private static final int MAX_INTERVALS = 10_000;

    private final CaseClock clock;
    private int round;
    private final Map<Integer, TreeSet<Instant>> updates = new TreeMap<>();
    private final Map<Integer, ProgressFigure> figures = new TreeMap<>();

    ProgressCadence(CaseClock clock) {
        this.clock = clock;
    }

    @CommandHandler
    void handle(RecordProgressCommand command, DeadlinePlanner planner) {
        Deadlines deadlines = clock.deadlines();
        if (deadlines == null || updatesOf(deadlines.answerRound()).contains(command.at())
                || !command.at().isAfter(deadlines.answerStartedAt())) {
            return; // no clock, an update seen already, or one of an earlier round
        }
        apply(new ProgressGivenEvent(clock.caseId(), command.unitId(), deadlines.answerRound(), command.at()));
        clock.reconcile(planner, new Cause("progress-reported", command.at()));
    }

    /**
     * Records, for every answer round, the figure the facts give up to {@code horizon}, if it differs — except, while
     * {@code catchingUp}, a figure that only grew with the horizon (it is recorded once the horizon has caught up).
     * Answers when the current round's next update is due by the facts (recorded or not): when to look again.
     */
    Instant reconcile(Instant horizon, DeadlinePlanner planner, Cause cause, boolean catchingUp) {
        Instant[] next = {null};
        clock.rounds().forEach((answerRound, deadlines) -> {
            ProgressFigure known = figures.getOrDefault(answerRound, ProgressFigure.NONE);
            ProgressFigure now = compute(answerRound, deadlines, horizon, planner);
            if (answerRound == round) {
                next[0] = now.nextDueAt();
            }
            boolean onlyGrew = now.count() > known.count() && (known.count() == 0
                    || known.firstDueAt().equals(now.firstDueAt()));
            if (!now.equals(known) && !(catchingUp && onlyGrew && now.nextDueAt() != null)) {
                Instant at = now.count() >= known.count() && now.lastDueAt() != null ? now.lastDueAt() : cause.at();
                apply(new ProgressFigureChangedEvent(clock.caseId(), answerRound, now, at));
            }
        });
        return next[0];
    }

    private ProgressFigure compute(int answerRound, Deadlines deadlines, Instant horizon, DeadlinePlanner planner) {
        Instant answerDue = deadlines.answerDueAt();
        Instant answered = clock.answeredAt(answerRound);
        boolean current = answerRound == round;
        boolean missed = answered != null ? answered.isAfter(answerDue) : !answerDue.isAfter(horizon);
        if (!missed || current && clock.isPaused()) {
            return ProgressFigure.NONE;
        }
        TreeSet<Instant> updates = updatesOf(answerRound);
        Instant end = earliest(answered, clock.closedAt());
        ZoneId zone = planner.time().zone();
        Map<String, UnitMonth> byUnitMonth = new TreeMap<>();
        int count = 0;
        Instant first = null;
        Instant last = null;
        Instant due = planner.progressDueAfter(answerDue);
        Instant nextUpdate = updates.higher(answerDue);
        while (count < MAX_INTERVALS) {
            if (nextUpdate != null && !nextUpdate.isAfter(due) && (end == null || nextUpdate.isBefore(end))) {
                Instant after = planner.progressDueAfter(nextUpdate);
                due = after.isAfter(due) ? after : due;
                nextUpdate = updates.higher(nextUpdate);
                continue;
            }
            if (due.isAfter(horizon) || end != null && !due.isBefore(end)) {
                break;
            }
            count++;
            first = first == null ? due : first;
            last = due;
            String unit = clock.unitAt(due);
            String month = YearMonth.from(due.atZone(zone)).toString();
            byUnitMonth.merge((unit == null ? "" : unit) + "|" + month, new UnitMonth(unit, month, 1, due),
                    (known, one) -> new UnitMonth(known.unitId(), known.month(), known.count() + 1,
                            known.firstDueAt()));
            due = planner.progressDueAfter(due);
        }
        return new ProgressFigure(count, first, last, end == null ? due : null, List.copyOf(byUnitMonth.values()));
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private TreeSet<Instant> updatesOf(int answerRound) {
        return updates.getOrDefault(answerRound, new TreeSet<>());
    }

    /** The latest due time counted missed in any round. */
    Instant lastDueAt() {
        return figures.values().stream().map(ProgressFigure::lastDueAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
    }

    Instant lastProgressAt() {
        TreeSet<Instant> current = updatesOf(round);
        return current.isEmpty() ? null : current.last();
    }

    /** The current round's figure. */
    ProgressFigure figure() {
        return figures.getOrDefault(round, ProgressFigure.NONE);
    }

    @EventSourcingHandler
    void on(DeadlinesSetEvent event) {
        round = Math.max(round, event.deadlines().answerRound());
    }

    @EventSourcingHandler
    void on(ProgressGivenEvent event) {
        updates.computeIfAbsent(event.round(), r -> new TreeSet<>()).add(event.at());
    }

    @EventSourcingHandler
    void on(ProgressFigureChangedEvent event) {
        figures.put(event.round(), event.figure());
    }
}
