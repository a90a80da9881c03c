package org.huiying.sla.clock;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.huiying.contracts.intake.Severity;
import org.huiying.contracts.sla.DeadlineKind;
import org.huiying.contracts.sla.EscalationStep;
import org.huiying.support.domain.RuleViolationException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One case's clocks. Facts arrive from intake (post, severity, response, answer, reopening, closing) and from routing
 * (assignment, transfer, return) in any order across the two topics; every decision is taken from the facts' own
 * times, so any order ends in the same deadlines, the same met/missed verdicts and the same escalations.
 */
@Aggregate(cache = "aggregateCache")
public class CaseClock {

    @AggregateIdentifier
    private String caseId;
    private Instant postedAt;
    private Severity severity;
    private Instant severitySince;
    private final List<Segment> segments = new ArrayList<>();
    private Deadlines deadlines;
    private Instant acknowledgedAt;
    private Instant answeredAt;
    private boolean extendedThisRound;
    private boolean stopped;
    private final Set<String> fired = new HashSet<>();
    private final Set<String> missed = new HashSet<>();

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
    public void handle(ChargeUnitCommand command) {
        if (segments.stream().anyMatch(segment -> segment.from().equals(command.decidedAt()))) {
            return; // the same decision delivered again
        }
        String before = currentUnit();
        boolean latest = segments.stream().allMatch(segment -> segment.from().isBefore(command.decidedAt()));
        apply(new UnitChargedEvent(command.caseId(), command.unitId(), command.decidedAt(), command.reason()));
        if (deadlines != null && latest && !java.util.Objects.equals(before, command.unitId())) {
            apply(new DeadlinesSetEvent(caseId, command.unitId(), postedAt, severity, deadlines,
                    "unit charged: " + command.reason(), command.decidedAt()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ClassifyCaseCommand command, DeadlinePlanner planner) {
        if (command.severity() == severity) {
            return;
        }
        apply(new SeverityChangedEvent(command.caseId(), command.severity(), command.at()));
        if (deadlines == null || answeredAt != null || stopped) {
            return;
        }
        Deadlines recomputed = planner.reclassified(deadlines, command.severity(), command.at(), extendedThisRound);
        if (!sameDueTimes(recomputed, deadlines)) {
            apply(new DeadlinesSetEvent(caseId, currentUnit(), postedAt, severity, recomputed, "severity changed",
                    command.at()));
        }
    }

    @CommandHandler
    public void handle(AcknowledgeCaseCommand command) {
        if (deadlines == null || acknowledgedAt != null || stopped) {
            return;
        }
        respond(command.unitId(), command.at());
    }

    @CommandHandler
    public void handle(RecordAnswerCommand command, DeadlinePlanner planner) {
        boolean beforeThisRound = deadlines != null && deadlines.answerRound() > 0
                && !command.at().isAfter(deadlines.answerStartedAt());
        if (deadlines == null || answeredAt != null || stopped || beforeThisRound) {
            return;
        }
        if (acknowledgedAt == null) {
            respond(command.unitId(), command.at());
        }
        pause.endBy(command.at(), planner, "answer published 已答复");
        int round = deadlines.answerRound();
        apply(new AnswerGivenEvent(caseId, command.unitId(), round, command.at()));
        settle(DeadlineKind.ANSWER, round, deadlines.answerDueAt(), command.unitId(), command.at());
    }

    @CommandHandler
    public void handle(ReopenAnswerClockCommand command, DeadlinePlanner planner) {
        if (deadlines == null || answeredAt == null || stopped || !command.at().isAfter(answeredAt)) {
            return;
        }
        apply(new DeadlinesSetEvent(caseId, currentUnit(), postedAt, severity,
                planner.reopened(deadlines, command.at(), severity), "reopened", command.at()));
    }

    @CommandHandler
    public void handle(StopCaseClockCommand command) {
        if (deadlines == null || stopped) {
            return;
        }
        apply(new CaseClockStoppedEvent(caseId, command.reason(), command.at()));
    }

    @CommandHandler
    public ExtensionDecision handle(RequestExtensionCommand command, DeadlinePlanner planner) {
        if (stopped || answeredAt != null) {
            throw RuleViolationException.conflict("extension.case-answered",
                    "Case " + caseId + " is already answered or closed; there is no answer deadline to extend");
        }
        if (deadlines == null || currentUnit() == null || !currentUnit().equals(command.unitId())) {
            throw RuleViolationException.conflict("extension.assigned-unit-only",
                    "Only the unit assigned to case " + caseId + " (" + currentUnit() + ") may extend its deadline");
        }
        ExtensionDecision decision = ExtensionRules.decide(command, deadlines, planner);
        if (decision.granted()) {
            apply(new ExtensionGrantedEvent(caseId, command.unitId(), command.explanation().strip(),
                    deadlines.answerDueAt(), command.newDueAt(), command.at()));
            apply(new DeadlinesSetEvent(caseId, currentUnit(), postedAt, severity,
                    planner.extended(deadlines, command.newDueAt()), "extension granted", command.at()));
        } else {
            apply(new ExtensionRefusedEvent(caseId, command.unitId(), command.explanation(), command.newDueAt(),
                    decision.rule(), decision.reason(), command.at()));
        }
        return decision;
    }

    @CommandHandler
    public SweepOutcome handle(SweepCaseClockCommand command, DeadlinePlanner planner) {
        if (deadlines == null || stopped) {
            return new SweepOutcome(List.of(), null);
        }
        pause.endIfCapped(command.at(), planner);
        List<EscalationStep> firedNow = new ArrayList<>();
        for (LadderStep step : Ladder.due(pending(), command.at())) {
            if (step.step() == EscalationStep.URGE || step.step() == EscalationStep.SUPERVISE) {
                recordMissed(step.deadline(), step.round(), step.dueAt(), command.at());
            }
            apply(new CaseEscalatedEvent(caseId, unitAt(step.dueAt()), step.step(), step.deadline(), step.round(),
                    step.ruleId(), step.dueAt(), command.at()));
            firedNow.add(step.step());
        }
        progress.chase(command.at(), planner);
        return new SweepOutcome(firedNow, earliest(Ladder.next(pending(), command.at()), pause.capEndsAt(),
                progress.nextCheck()));
    }

    private List<LadderStep> pending() {
        return Ladder.pending(deadlines, acknowledgedAt != null, answeredAt != null, extendedThisRound,
                pause.isOpen(), fired);
    }

    private static Instant earliest(Instant... instants) {
        Instant min = null;
        for (Instant at : instants) {
            if (at != null && (min == null || at.isBefore(min))) {
                min = at;
            }
        }
        return min;
    }

    boolean answerClockRuns() {
        return deadlines != null && !stopped && answeredAt == null;
    }

    /** The answer deadline of the current round was recorded missed. */
    boolean answerMissed() {
        return deadlines != null && missed.contains(DeadlineKind.ANSWER + ":" + deadlines.answerRound());
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

    private void respond(String unitId, Instant at) {
        apply(new ResponseGivenEvent(caseId, unitId, at));
        settle(DeadlineKind.RESPONSE, 0, deadlines.responseDueAt(), unitId, at);
    }

    private void settle(DeadlineKind kind, int round, Instant dueAt, String unitId, Instant at) {
        if (!at.isAfter(dueAt)) {
            apply(new DeadlineMetEvent(caseId, unitId, kind, round, dueAt, at));
        } else {
            recordMissed(kind, round, dueAt, at);
        }
    }

    private void recordMissed(DeadlineKind kind, int round, Instant dueAt, Instant at) {
        if (!missed.contains(kind + ":" + round)) {
            apply(new DeadlineMissedEvent(caseId, unitAt(dueAt), kind, round, dueAt, at));
        }
    }

    /** The unit holding the case at that moment: the one its time is attributed to. */
    String unitAt(Instant at) {
        String unit = null;
        for (Segment segment : segments) {
            if (!segment.from().isAfter(at)) {
                unit = segment.unitId();
            }
        }
        return unit;
    }

    String currentUnit() {
        return segments.isEmpty() ? null : segments.get(segments.size() - 1).unitId();
    }

    private static boolean sameDueTimes(Deadlines a, Deadlines b) {
        return a.answerDueAt().equals(b.answerDueAt())
                && java.util.Objects.equals(a.sensitiveReportDueAt(), b.sensitiveReportDueAt());
    }

    @EventSourcingHandler
    void on(DeadlinesSetEvent event) {
        caseId = event.caseId();
        postedAt = event.postedAt();
        if (deadlines != null && event.deadlines().answerRound() > deadlines.answerRound()) {
            answeredAt = null;
            extendedThisRound = false;
        }
        deadlines = event.deadlines();
    }

    @EventSourcingHandler
    void on(UnitChargedEvent event) {
        caseId = event.caseId();
        segments.add(new Segment(event.unitId(), event.decidedAt()));
        segments.sort(Comparator.comparing(Segment::from));
    }

    @EventSourcingHandler
    void on(SeverityChangedEvent event) {
        caseId = event.caseId();
        severity = event.severity();
        severitySince = event.at();
    }

    @EventSourcingHandler
    void on(ResponseGivenEvent event) {
        acknowledgedAt = event.at();
    }

    @EventSourcingHandler
    void on(AnswerGivenEvent event) {
        answeredAt = event.at();
    }

    @EventSourcingHandler
    void on(DeadlineMissedEvent event) {
        missed.add(event.deadline() + ":" + event.round()
                + (event.deadline() == DeadlineKind.PROGRESS ? ":" + event.dueAt() : ""));
    }

    @EventSourcingHandler
    void on(ExtensionGrantedEvent event) {
        extendedThisRound = true;
    }

    @EventSourcingHandler
    void on(CaseEscalatedEvent event) {
        fired.add(LadderStep.key(event.step(), event.deadline(), event.round()));
    }

    @EventSourcingHandler
    void on(CaseClockStoppedEvent event) {
        stopped = true;
    }

    /** The state that must not depend on the order facts arrived in (for tests). */
    ClockState state() {
        return new ClockState(postedAt, severity, List.copyOf(segments), deadlines, acknowledgedAt, answeredAt,
                extendedThisRound, stopped, Set.copyOf(fired), Set.copyOf(missed), pause.isOpen(),
                progress.lastProgressAt(), progress.dueAt());
    }
}
