package org.huiying.sla.preview;

import org.huiying.sla.clock.AnswerPause;
import org.huiying.sla.clock.DeadlinePlanner;
import org.huiying.sla.clock.Deadlines;
import org.huiying.sla.tracking.CaseDeadlinesView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * What a policy or calendar change would do to the open cases, before anything is applied: which deadlines would
 * move, and which units would turn overdue. Deadlines already met, extended or answered are not moved by a change;
 * pauses already recorded are kept (they survive a policy change). A case whose answer clock is paused now shows
 * how its answer deadline would move, but cannot turn overdue on it: the clock is stopped, and the deadline moves
 * later again by the paused time when it resumes.
 */
public final class ChangePreview {

    private ChangePreview() {
    }

    public static Result of(Collection<CaseDeadlinesView> open, DeadlinePlanner proposed, Instant now) {
        List<Move> moves = new ArrayList<>();
        TreeSet<String> unitsTurningOverdue = new TreeSet<>();
        for (CaseDeadlinesView view : open) {
            List<AnswerPause> pauses = view.pauses.values().stream()
                    .filter(pause -> pause.round() == view.answerRound)
                    .flatMap(pause -> pause.finished().stream()).toList();
            Deadlines initial = proposed.initial(view.postedAt, view.severity, null);
            Deadlines again = proposed.withPauses(view.answerRound > 0
                    ? proposed.reopened(initial, view.answerStartedAt, view.severity) : initial, pauses);
            if (view.acknowledgedAt == null) {
                add(moves, unitsTurningOverdue, view, "response", view.responseDueAt, initial.responseDueAt(), now,
                        true);
            }
            if (!view.extended) {
                add(moves, unitsTurningOverdue, view, "answer", view.answerDueAt, again.answerDueAt(), now,
                        !view.answerPaused());
            }
        }
        return new Result(proposed.policy().name(), proposed.policy().version(), moves,
                List.copyOf(unitsTurningOverdue));
    }

    private static void add(List<Move> moves, TreeSet<String> overdueUnits, CaseDeadlinesView view, String deadline,
                            Instant current, Instant proposed, Instant now, boolean clockRunning) {
        if (current == null || current.equals(proposed)) {
            return;
        }
        boolean turnsOverdue = clockRunning && current.isAfter(now) && !proposed.isAfter(now);
        moves.add(new Move(view.caseId, view.unitId, deadline, current, proposed, turnsOverdue));
        if (turnsOverdue) {
            overdueUnits.add(view.unitId == null ? "unassigned" : view.unitId);
        }
    }

    /** A deadline that would move. */
    public record Move(String caseId, String unitId, String deadline, Instant currentDueAt, Instant proposedDueAt,
                       boolean turnsOverdue) {
    }

    /** The preview: the policy version the change would record, the moves, and the units that would turn overdue. */
    public record Result(String policy, String policyVersion, List<Move> moves, List<String> unitsTurningOverdue) {
    }
}
