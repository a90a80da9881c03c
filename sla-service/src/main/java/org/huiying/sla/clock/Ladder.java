package org.huiying.sla.clock;

import org.huiying.contracts.sla.DeadlineKind;
import org.huiying.contracts.sla.EscalationStep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The escalation ladder of one case: 预警 warning before each deadline → 催办 urge when the response deadline passes →
 * 督办 supervise when the answer deadline passes → 通报 public notice when the unit neither answered nor obtained an
 * extension by then → 上报 leadership after a further period; plus the sensitive-report deadline of major and critical
 * incidents. A step applies only while what it chases is still missing; the answer's steps wait while its clock is
 * paused for information (the pause moves them later when it ends).
 */
final class Ladder {

    private Ladder() {
    }

    /** Every step that still applies and has not fired, earliest first. */
    static List<LadderStep> pending(Deadlines deadlines, boolean acknowledged, boolean answered, boolean extended,
                                    boolean paused, Set<String> fired) {
        String policy = deadlines.policy();
        int round = deadlines.answerRound();
        List<LadderStep> steps = new ArrayList<>();
        if (!acknowledged && !answered) {
            steps.add(new LadderStep(EscalationStep.WARNING, DeadlineKind.RESPONSE, 0,
                    deadlines.responseWarningAt(), policy + ".response-warning"));
            steps.add(new LadderStep(EscalationStep.URGE, DeadlineKind.RESPONSE, 0, deadlines.responseDueAt(),
                    policy + ".response-overdue"));
            if (deadlines.sensitiveReportDueAt() != null) {
                steps.add(new LadderStep(EscalationStep.SENSITIVE_REPORT_OVERDUE, DeadlineKind.RESPONSE, 0,
                        deadlines.sensitiveReportDueAt(), policy + ".sensitive-report-overdue"));
            }
        }
        if (!answered && !paused) {
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
        return steps.stream()
                .filter(step -> step.dueAt() != null && !fired.contains(step.key()))
                .sorted(Comparator.comparing(LadderStep::dueAt).thenComparing(LadderStep::step))
                .toList();
    }

    static List<LadderStep> due(List<LadderStep> pending, Instant now) {
        return pending.stream().filter(step -> !step.dueAt().isAfter(now)).toList();
    }

    static Instant next(List<LadderStep> pending, Instant now) {
        return pending.stream().map(LadderStep::dueAt).filter(at -> at.isAfter(now)).min(Comparator.naturalOrder())
                .orElse(null);
    }
}
