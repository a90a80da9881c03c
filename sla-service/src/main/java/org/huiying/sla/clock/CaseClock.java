package org.huiying.sla.clock;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
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

    /** After a long downtime, at most this many missed progress intervals are recorded per sweep (the rest next). */
    private static final int MAX_INTERVALS_PER_SWEEP = 60;

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
    private AnswerClockPausedEvent openPause;
    private Instant lastProgressAt;
    private Instant progressDueAt;

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
        if (openPause != null) {
            resume(earlier(command.at(), openPause.capEndsAt()), planner, "answer published 已答复");
        }
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
    public void handle(PauseAnswerClockCommand command, DeadlinePlanner planner) {
        if (!answerClockRuns() || openPause != null || !planner.policy().pauseForInformation()) {
            return; // no clock to pause, already paused, or the policy does not pause
        }
        AnswerPause last = deadlines.pauses().isEmpty() ? null : deadlines.pauses().get(deadlines.pauses().size() - 1);
        boolean seenAlready = last != null && !command.at().isAfter(last.resumedAt());
        if (seenAlready || !command.at().isAfter(deadlines.answerStartedAt())
                || !command.at().isBefore(deadlines.answerDueAt())) {
            return; // a request delivered again, of an earlier round, or after the deadline had passed
        }
        apply(new AnswerClockPausedEvent(caseId, command.unitId(), deadlines.answerRound(), command.at(),
                planner.pauseCapEndsAt(command.at()), planner.policy().answerWindowFor(severity).kind(),
                planner.policy().version()));
    }

    @CommandHandler
    public void handle(ResumeAnswerClockCommand command, DeadlinePlanner planner) {
        if (openPause == null || stopped || command.at().isBefore(openPause.pausedAt())) {
            return; // nothing paused, or a post written before the question
        }
        resume(earlier(command.at(), openPause.capEndsAt()), planner, "netizen followed up 网民已补充");
    }

    @CommandHandler
    public void handle(RecordProgressCommand command, DeadlinePlanner planner) {
        if (!answerClockRuns() || lastProgressAt != null && !command.at().isAfter(lastProgressAt)) {
            return; // no clock, or an update seen already
        }
        apply(new ProgressGivenEvent(caseId, command.unitId(), deadlines.answerRound(), command.at()));
        if (command.at().isAfter(deadlines.answerDueAt()) && openPause == null) {
            Instant next = planner.progressDueAfter(command.at());
            if (progressDueAt == null || next.isAfter(progressDueAt)) {
                apply(new ProgressUpdateDueEvent(caseId, deadlines.answerRound(), next, "progress reported",
                        command.at()));
            }
        }
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
        if (openPause != null && !openPause.capEndsAt().isAfter(command.at())) {
            resume(openPause.capEndsAt(), planner, "pause cap reached 补充期限已满");
        }
        List<EscalationStep> firedNow = new ArrayList<>();
        for (LadderStep step : Ladder.due(pending(), command.at())) {
            if (step.step() == EscalationStep.URGE || step.step() == EscalationStep.SUPERVISE) {
                recordMissed(step.deadline(), step.round(), step.dueAt(), command.at());
            }
            apply(new CaseEscalatedEvent(caseId, unitAt(step.dueAt()), step.step(), step.deadline(), step.round(),
                    step.ruleId(), step.dueAt(), command.at()));
            firedNow.add(step.step());
        }
        chaseProgress(command.at(), planner);
        return new SweepOutcome(firedNow, earliest(Ladder.next(pending(), command.at()),
                openPause == null ? null : openPause.capEndsAt(), progressChased() ? progressDueAt : null));
    }

    private List<LadderStep> pending() {
        return Ladder.pending(deadlines, acknowledgedAt != null, answeredAt != null, extendedThisRound,
                openPause != null, fired);
    }

    private boolean answerClockRuns() {
        return deadlines != null && !stopped && answeredAt == null;
    }

    /** Past a missed answer deadline, a progress update is due every cadence; each interval missed counts once. */
    private boolean progressChased() {
        return answerClockRuns() && missed.contains(DeadlineKind.ANSWER + ":" + deadlines.answerRound());
    }

    private void chaseProgress(Instant now, DeadlinePlanner planner) {
        if (!progressChased()) {
            return;
        }
        int round = deadlines.answerRound();
        if (progressDueAt == null) {
            apply(new ProgressUpdateDueEvent(caseId, round, planner.progressDueAfter(deadlines.answerDueAt()),
                    "answer deadline passed", now));
        }
        for (int interval = 0; !progressDueAt.isAfter(now) && interval < MAX_INTERVALS_PER_SWEEP; interval++) {
            Instant due = progressDueAt;
            apply(new DeadlineMissedEvent(caseId, unitAt(due), DeadlineKind.PROGRESS, round, due, now));
            apply(new ProgressUpdateDueEvent(caseId, round, planner.progressDueAfter(due), "progress update missed",
                    now));
        }
    }

    private void resume(Instant at, DeadlinePlanner planner, String reason) {
        AnswerPause pause = new AnswerPause(openPause.pausedAt(), at,
                planner.paused(openPause.pausedAt(), at, openPause.kind()), openPause.kind(),
                at.equals(openPause.capEndsAt()));
        String why = pause.capped() ? "pause cap reached 补充期限已满" : reason;
        apply(new AnswerClockResumedEvent(caseId, deadlines.answerRound(), pause, why));
        if (!pause.paused().isZero()) {
            apply(new DeadlinesSetEvent(caseId, currentUnit(), postedAt, severity, planner.resumed(deadlines, pause),
                    "answer clock resumed after " + pause.paused() + " paused for information: " + why, at));
        }
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
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

    private String currentUnit() {
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
            progressDueAt = null;
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
    void on(AnswerClockPausedEvent event) {
        openPause = event;
    }

    @EventSourcingHandler
    void on(AnswerClockResumedEvent event) {
        openPause = null;
    }

    @EventSourcingHandler
    void on(ProgressGivenEvent event) {
        lastProgressAt = event.at();
    }

    @EventSourcingHandler
    void on(ProgressUpdateDueEvent event) {
        progressDueAt = event.dueAt();
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
                extendedThisRound, stopped, Set.copyOf(fired), Set.copyOf(missed), openPause != null, lastProgressAt,
                progressDueAt);
    }
}
