package org.huiying.sla.clock;

import org.huiying.contracts.intake.Severity;
import org.huiying.sla.calendar.ClockKind;
import org.huiying.sla.calendar.Window;
import org.huiying.sla.calendar.WorkingTime;
import org.huiying.sla.policy.SlaPolicy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns the policy in force into a case's deadlines on the calendar in force. Every result carries the policy's name
 * and version; deadlines already set are never recomputed by a later policy unless something about the case changes
 * (severity, reopening, extension), and then the new version is recorded.
 */
public class DeadlinePlanner {

    private final SlaPolicy policy;
    private final Supplier<WorkingTime> time;

    public DeadlinePlanner(SlaPolicy policy, Supplier<WorkingTime> time) {
        this.policy = policy;
        this.time = time;
    }

    public SlaPolicy policy() {
        return policy;
    }

    public WorkingTime time() {
        return time.get();
    }

    /** The deadlines of a new case posted at {@code postedAt}. */
    public Deadlines initial(Instant postedAt, Severity severity, Instant severitySince) {
        WorkingTime clock = time.get();
        Instant responseDue = clock.plus(postedAt, policy.responseWindow());
        Window answer = policy.answerWindowFor(severity);
        Instant answerDue = clock.plus(postedAt, answer);
        return new Deadlines(policy.name(), policy.version(), 0, postedAt, responseDue,
                warning(clock, postedAt, responseDue, policy.responseWindow().kind()), answerDue,
                warning(clock, postedAt, answerDue, answer.kind()), clock.plus(answerDue, policy.leadershipAfter()),
                sensitiveDue(severity, severitySince), List.of());
    }

    /** A new answer clock from {@code reopenedAt}. */
    public Deadlines reopened(Deadlines current, Instant reopenedAt, Severity severity) {
        return answerFrom(current, current.answerRound() + 1, reopenedAt, severity, List.of());
    }

    /** The answer deadline of the current round again, for a new severity (not after an extension: it stands). */
    public Deadlines reclassified(Deadlines current, Severity severity, Instant since, boolean extended) {
        Deadlines answer = extended ? current
                : answerFrom(current, current.answerRound(), current.answerStartedAt(), severity, current.pauses());
        Instant sensitive = sensitiveDue(severity, since);
        if (sensitive != null && current.sensitiveReportDueAt() != null
                && current.sensitiveReportDueAt().isBefore(sensitive)) {
            sensitive = current.sensitiveReportDueAt();
        }
        return answer.withSensitiveReportDueAt(policy.name(), policy.version(),
                sensitive != null ? sensitive : current.sensitiveReportDueAt());
    }

    /** The answer deadline moved by an extension. */
    public Deadlines extended(Deadlines current, Instant newDueAt) {
        WorkingTime clock = time.get();
        return current.withAnswer(current.policyVersion(), current.policy(), current.answerRound(),
                current.answerStartedAt(), newDueAt,
                warning(clock, current.answerStartedAt(), newDueAt, policy.answerWindow().kind()),
                clock.plus(newDueAt, policy.leadershipAfter()), current.pauses());
    }

    /** The answer deadline moved later by a finished pause (its warning and leadership moments with it). */
    public Deadlines resumed(Deadlines current, AnswerPause pause) {
        return current.withPause(pause, shift(current.answerDueAt(), pause), shift(current.answerWarningAt(), pause),
                shift(current.leadershipDueAt(), pause));
    }

    /** Deadlines computed afresh with the pauses already recorded added again (they survive a policy change). */
    public Deadlines withPauses(Deadlines fresh, List<AnswerPause> pauses) {
        Deadlines result = fresh;
        for (AnswerPause pause : pauses) {
            result = resumed(result, pause);
        }
        return result;
    }

    /** When a pause started at {@code pausedAt} stops counting. */
    public Instant pauseCapEndsAt(Instant pausedAt) {
        return time.get().plus(pausedAt, policy.pauseCap());
    }

    /** How much of the answer window's kind of time ran from {@code from} to {@code to}. */
    public Duration paused(Instant from, Instant to, ClockKind kind) {
        return kind == ClockKind.CALENDAR_HOURS ? Duration.between(from, to) : time.get().workingTimeBetween(from, to);
    }

    /** The next public progress update after {@code from} (the answer deadline, an update, a missed update). */
    public Instant progressDueAfter(Instant from) {
        return time.get().plus(from, policy.progressCadence());
    }

    /** The latest answer deadline an extension may commit to. */
    public Instant extensionLimit(Deadlines current) {
        return time.get().plus(current.answerStartedAt(), policy.extensionCap());
    }

    /** The latest moment an extension may be asked for. */
    public Instant extensionAskedBy(Deadlines current) {
        return current.answerDueAt().minus(policy.extensionLeadTime());
    }

    private Deadlines answerFrom(Deadlines current, int round, Instant start, Severity severity,
                                 List<AnswerPause> pauses) {
        WorkingTime clock = time.get();
        Window answer = policy.answerWindowFor(severity);
        Instant due = clock.plus(start, answer);
        return withPauses(current.withAnswer(policy.version(), policy.name(), round, start, due,
                warning(clock, start, due, answer.kind()), clock.plus(due, policy.leadershipAfter()), List.of()),
                pauses);
    }

    private Instant shift(Instant instant, AnswerPause pause) {
        if (instant == null || pause.paused().isZero()) {
            return instant;
        }
        return pause.kind() == ClockKind.CALENDAR_HOURS ? instant.plus(pause.paused())
                : time.get().plusWorkingTime(instant, pause.paused());
    }

    private Instant warning(WorkingTime clock, Instant start, Instant due, ClockKind kind) {
        return clock.fractionOf(start, due, kind, policy.warningThreshold());
    }

    private Instant sensitiveDue(Severity severity, Instant since) {
        Window window = severity == null ? null : policy.sensitiveReportWindows().get(severity);
        return window == null || since == null ? null : time.get().plus(since, window);
    }
}
