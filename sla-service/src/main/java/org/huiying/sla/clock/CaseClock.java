package org.huiying.sla.clock;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.huiying.contracts.intake.Severity;
import org.huiying.contracts.sla.EscalationStep;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One case's clocks. Facts arrive from intake (post, severity, response, answer, reopening, closing) and from routing
 * (assignment, transfer, return) in any order across the two topics; every decision is taken from the facts' own
 * times, so any order ends in the same deadlines, the same met/missed verdicts and the same escalations. The root keeps
 * the deadlines and whose time it is; its members keep the response and answer, the verdicts, the ladder, extensions,
 * the pause and the progress cadence.
 */
@Aggregate(cache = "aggregateCache")
public class CaseClock {

    @AggregateIdentifier
    private String caseId;
    private Instant postedAt;
    private Severity severity;
    private Instant severitySince;
    private final UnitSegments segments = new UnitSegments();
    private Deadlines deadlines;
    private final java.util.NavigableMap<Integer, Deadlines> rounds = new java.util.TreeMap<>();
    private boolean stopped;
    private Instant closedAt;

    @AggregateMember
    private final Replies replies = new Replies(this);

    @AggregateMember
    private final DeadlineVerdicts verdicts = new DeadlineVerdicts(this);

    @AggregateMember
    private final Escalations escalations = new Escalations(this);

    @AggregateMember
    private final AnswerExtension extension = new AnswerExtension(this);

    @AggregateMember
    private final AnswerClockPause pause = new AnswerClockPause(this);

    @AggregateMember
    private final ProgressCadence progress = new ProgressCadence(this);

    protected CaseClock() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(StartCaseClockCommand command, DeadlinePlanner planner) {
        if (postedAt != null) {
            return; // post-received delivered again
        }
        apply(new DeadlinesSetEvent(command.caseId(), currentUnit(), command.postedAt(), severity,
                planner.initial(command.postedAt(), severity, severitySince), "post received", command.at()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChargeUnitCommand command, DeadlinePlanner planner) {
        if (segments.has(command.decidedAt())) {
            return; // the same decision delivered again
        }
        String before = currentUnit();
        boolean latest = segments.isLatest(command.decidedAt());
        apply(new UnitChargedEvent(command.caseId(), command.unitId(), command.decidedAt(), command.reason()));
        if (deadlines != null && latest && !Objects.equals(before, command.unitId())) {
            apply(new DeadlinesSetEvent(caseId, command.unitId(), postedAt, severity, deadlines,
                    "unit charged: " + command.reason(), command.decidedAt()));
        }
        reconcile(planner, new Cause("unit-charged", command.decidedAt()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ClassifyCaseCommand command, DeadlinePlanner planner) {
        if (command.severity() == severity) {
            return;
        }
        Deadlines recomputed = deadlines == null || replies.answeredAt() != null || stopped ? null
                : planner.reclassified(deadlines, command.severity(), command.at(), extension.extendedThisRound());
        if (recomputed == null || sameDueTimes(recomputed, deadlines)) {
            apply(new SeverityChangedEvent(command.caseId(), command.severity(), command.at()));
        } else {
            // the new deadlines carry the new severity: one event, not a severity change and then the deadlines
            apply(new DeadlinesSetEvent(caseId, currentUnit(), postedAt, command.severity(), recomputed,
                    "severity changed", command.at()));
        }
        if (recomputed != null) {
            reconcile(planner, new Cause("case-classified", command.at()));
        }
    }

    @CommandHandler
    public void handle(ReopenAnswerClockCommand command, DeadlinePlanner planner) {
        Instant answeredAt = replies.answeredAt();
        if (deadlines == null || answeredAt == null || stopped || !command.at().isAfter(answeredAt)) {
            return;
        }
        apply(new DeadlinesSetEvent(caseId, currentUnit(), postedAt, severity,
                planner.reopened(deadlines, command.at(), severity), "reopened", command.at()));
        reconcile(planner, new Cause("case-reopened", command.at()));
    }

    @CommandHandler
    public void handle(StopCaseClockCommand command, DeadlinePlanner planner) {
        if (deadlines == null || stopped) {
            return;
        }
        apply(new CaseClockStoppedEvent(caseId, command.reason(), command.at()));
        reconcile(planner, new Cause("case-closed", command.at()));
    }

    /**
     * The sweeper's look at the case with the facts known up to {@code command.at()} (the case source's watermark):
     * verdicts, ladder steps and the progress figure become what the facts say by then. Closed and answered cases are
     * looked at too while a step that stands by the facts is not yet due by the horizon (a late answer leaves its
     * 督办 to fire once the watermark passes the deadline).
     */
    @CommandHandler
    public SweepOutcome handle(SweepCaseClockCommand command, DeadlinePlanner planner) {
        if (deadlines == null) {
            return new SweepOutcome(List.of(), null);
        }
        Instant horizon = command.at();
        pause.endIfCapped(horizon, planner);
        Judgement judged = reconcile(horizon, planner, Cause.sweep(horizon), command.catchingUp());
        Instant nextCheck = Stream.of(Escalations.next(rungs(), this::stands, horizon), pause.capEndsAt(),
                        judged.progressDue())
                .filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
        return new SweepOutcome(judged.fired(), nextCheck);
    }

    /** Judges verdicts, steps and the progress figure again after a fact changed, as far as the clock was judged. */
    void reconcile(DeadlinePlanner planner, Cause cause) {
        if (deadlines != null) {
            reconcile(horizonReached(), planner, cause, false);
        }
    }

    /** What one judgement fired, and when the current round's next progress update is due (null: none chased). */
    private record Judgement(List<EscalationStep> fired, Instant progressDue) {
    }

    private Judgement reconcile(Instant horizon, DeadlinePlanner planner, Cause cause, boolean catchingUp) {
        Instant reached = horizonReached();
        Instant judgedTo = reached != null && (horizon == null || reached.isAfter(horizon)) ? reached : horizon;
        if (judgedTo == null) {
            judgedTo = Instant.MIN; // nothing judged by time yet: only what the facts themselves settle
        }
        verdicts.reconcile(judgedTo);
        List<EscalationStep> fired = escalations.reconcile(rungs(), this::stands, judgedTo, cause);
        return new Judgement(fired, progress.reconcile(judgedTo, planner, cause, catchingUp));
    }

    /**
     * How far the clock has been judged by time: the latest due time of a step fired or of a missed progress update
     * counted — both happen only once the horizon passed them (a missed verdict may come from a late reply alone).
     */
    private Instant horizonReached() {
        return Stream.of(escalations.latestDueAt(), progress.lastDueAt())
                .filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
    }

    /** The rungs of the response and of every answer round: a reopening never freezes what the facts say of earlier ones. */
    private List<LadderStep> rungs() {
        List<LadderStep> all = new java.util.ArrayList<>();
        rounds.forEach((round, roundDeadlines) -> {
            boolean current = round == deadlines.answerRound();
            Ladder.rungs(roundDeadlines, extension.extended(round), current && pause.isOpen()).stream()
                    .filter(step -> current || step.deadline() != org.huiying.contracts.sla.DeadlineKind.RESPONSE)
                    .forEach(all::add);
        });
        return all;
    }

    private boolean stands(LadderStep step) {
        return Ladder.stands(step, replies.acknowledgedAt(), replies.answeredAt(step.round()), closedAt);
    }

    /** The deadlines of every answer round so far, earliest round first. */
    java.util.NavigableMap<Integer, Deadlines> rounds() {
        return java.util.Collections.unmodifiableNavigableMap(rounds);
    }

    Instant answeredAt(int round) {
        return replies.answeredAt(round);
    }

    String answererUnit(int round) {
        return replies.answeredBy(round);
    }

    private static boolean sameDueTimes(Deadlines a, Deadlines b) {
        return a.answerDueAt().equals(b.answerDueAt())
                && Objects.equals(a.sensitiveReportDueAt(), b.sensitiveReportDueAt());
    }

    boolean answerClockRuns() {
        return deadlines != null && !stopped && replies.answeredAt() == null;
    }


    boolean stoppedOrAnswered() {
        return stopped || replies.answeredAt() != null;
    }

    /** Ends a pause of the answer clock at {@code at} (or at its cap, if that came first); nothing if none is open. */
    void endPauseBy(Instant at, DeadlinePlanner planner, String reason) {
        pause.endBy(at, planner, reason);
    }

    Instant respondedAt() {
        return replies.acknowledgedAt();
    }

    String responderUnit() {
        return replies.acknowledgedBy();
    }

    Instant answeredAt() {
        return replies.answeredAt();
    }


    /** When the case was closed (its clocks stopped), or null. */
    Instant closedAt() {
        return closedAt;
    }

    boolean isPaused() {
        return pause.isOpen();
    }

    String caseId() {
        return caseId;
    }

    Deadlines deadlines() {
        return deadlines;
    }

    Instant postedAt() {
        return postedAt;
    }

    Severity severity() {
        return severity;
    }

    /** The unit holding the case at that moment: the one its time is attributed to. */
    String unitAt(Instant at) {
        return segments.unitAt(at);
    }

    String currentUnit() {
        return segments.current();
    }

    @EventSourcingHandler
    void on(DeadlinesSetEvent event) {
        caseId = event.caseId();
        postedAt = event.postedAt();
        if (event.severity() != null && event.severity() != severity) {
            severity = event.severity();
            severitySince = event.at();
        }
        deadlines = event.deadlines();
        rounds.put(deadlines.answerRound(), deadlines);
    }

    @EventSourcingHandler
    void on(UnitChargedEvent event) {
        caseId = event.caseId();
        segments.add(new Segment(event.unitId(), event.decidedAt()));
    }

    @EventSourcingHandler
    void on(SeverityChangedEvent event) {
        caseId = event.caseId();
        severity = event.severity();
        severitySince = event.at();
    }

    @EventSourcingHandler
    void on(CaseClockStoppedEvent event) {
        stopped = true;
        closedAt = event.at();
    }

    /** The state that must not depend on the order facts arrived in (for tests). */
    ClockState state() {
        return new ClockState(postedAt, severity, segments.list(), deadlines, replies.acknowledgedAt(),
                replies.answeredAt(), extension.extendedThisRound(), stopped, escalations.keys(), verdicts.keys(),
                pause.isOpen(), progress.lastProgressAt(), progress.figure());
    }
}
