package org.huiying.sla.clock;

import org.huiying.contracts.sla.DeadlineKind;
import org.huiying.contracts.sla.EscalationStep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The escalation ladder of one case: 预警 warning before each deadline → 催办 urge when the response deadline passes →
 * 督办 supervise when the answer deadline passes → 通报 public notice when the unit neither answered nor obtained an
 * extension by then → 上报 leadership after a further period; plus the sensitive-report deadline of major and critical
 * incidents.
 * <p>
 * Whether a step stands is a function of the facts' own times, never of when they became known: a step due at
 * {@code t} stands when what it chases (the response, or this round's answer) did not happen by {@code t} and the
 * case was not closed before {@code t}. The answer's steps wait while its clock is paused for information (the pause
 * moves them later when it ends); 通报 is not a rung once the round was extended.
 */
final class Ladder {

    private Ladder() {
    }

    /** Every rung of the response and of the current answer round, whether or not it stands. */
    static List<LadderStep> rungs(Deadlines deadlines, boolean extended, boolean paused) {
        String policy = deadlines.policy();
        int round = deadlines.answerRound();
        List<LadderStep> steps = new ArrayList<>();
        steps.add(new LadderStep(EscalationStep.WARNING, DeadlineKind.RESPONSE, 0, deadlines.responseWarningAt(),
                policy + ".response-warning"));
        steps.add(new LadderStep(EscalationStep.URGE, DeadlineKind.RESPONSE, 0, deadlines.responseDueAt(),
                policy + ".response-overdue"));
        steps.add(new LadderStep(EscalationStep.SENSITIVE_REPORT_OVERDUE, DeadlineKind.RESPONSE, 0,
                deadlines.sensitiveReportDueAt(), policy + ".sensitive-report-overdue"));
        if (!paused) {
            steps.add(new LadderStep(EscalationStep.WARNING, DeadlineKind.ANSWER, round,
                    deadlines.answerWarningAt(), policy + ".answer-warning"));
            steps.add(new LadderStep(EscalationStep.SUPERVISE, DeadlineKind.ANSWER, round, deadlines.answerDueAt(),
                    policy + ".answer-overdue"));
            if (!extended) {
                steps.add(new LadderStep(EscalationStep.PUBLIC_NOTICE, DeadlineKind.ANSWER, round,
                        deadlines.answerDueAt(), policy + ".no-answer-no-extension"));
            }
            steps.add(new LadderStep(EscalationStep.LEADERSHIP, DeadlineKind.ANSWER, round,
                    deadlines.leadershipDueAt(), policy + ".still-open"));
        }
        return steps.stream().filter(step -> step.dueAt() != null).toList();
    }

    /** Whether the step stands by the facts: what it chases had not happened by its due time, nor was the case closed. */
    static boolean stands(LadderStep step, Instant respondedAt, Instant answeredAt, Instant closedAt) {
        if (closedAt != null && closedAt.isBefore(step.dueAt())) {
            return false;
        }
        Instant done = step.deadline() == DeadlineKind.RESPONSE ? respondedAt : answeredAt;
        return done == null || done.isAfter(step.dueAt());
    }
}
