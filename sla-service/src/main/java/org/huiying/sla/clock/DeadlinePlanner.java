package org.huiying.sla.clock;

import org.huiying.contracts.intake.Severity;
import org.huiying.sla.calendar.ClockKind;
import org.huiying.sla.calendar.Window;
import org.huiying.sla.calendar.WorkingTime;
import org.huiying.sla.policy.SlaPolicy;

import java.time.Instant;
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
                sensitiveDue(severity, severitySince));
    }

    /** A new answer clock from {@code reopenedAt}. */
    public Deadlines reopened(Deadlines current, Instant reopenedAt, Severity severity) {
        return answerFrom(current, current.answerRound() + 1, reopenedAt, severity);
    }

    /** The answer deadline of the current round again, for a new severity (not after an extension: it stands). */
    public Deadlines reclassified(Deadlines current, Severity severity, Instant since, boolean extended) {
        Deadlines answer = extended ? current
                : answerFrom(current, current.answerRound(), current.answerStartedAt(), severity);
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
                clock.plus(newDueAt, policy.leadershipAfter()));
    }

    /** The latest answer deadline an extension may commit to. */
    public Instant extensionLimit(Deadlines current) {
        return time.get().plus(current.answerStartedAt(), policy.extensionCap());
    }

    /** The latest moment an extension may be asked for. */
    public Instant extensionAskedBy(Deadlines current) {
        return current.answerDueAt().minus(policy.extensionLeadTime());
    }

    private Deadlines answerFrom(Deadlines current, int round, Instant start, Severity severity) {
        WorkingTime clock = time.get();
        Window answer = policy.answerWindowFor(severity);
        Instant due = clock.plus(start, answer);
        return current.withAnswer(policy.version(), policy.name(), round, start, due,
                warning(clock, start, due, answer.kind()), clock.plus(due, policy.leadershipAfter()));
    }

    private Instant warning(WorkingTime clock, Instant start, Instant due, ClockKind kind) {
        return clock.fractionOf(start, due, kind, policy.warningThreshold());
    }

    private Instant sensitiveDue(Severity severity, Instant since) {
        Window window = severity == null ? null : policy.sensitiveReportWindows().get(severity);
        return window == null || since == null ? null : time.get().plus(since, window);
    }
}
