package org.huiying.sla.tracking;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.huiying.contracts.sla.EscalationStep;
import org.huiying.sla.clock.AnswerClockPausedEvent;
import org.huiying.sla.clock.AnswerClockResumedEvent;
import org.huiying.sla.clock.AnswerGivenEvent;
import org.huiying.sla.clock.CaseClockStoppedEvent;
import org.huiying.sla.clock.CaseEscalatedEvent;
import org.huiying.sla.clock.DeadlineMetEvent;
import org.huiying.sla.clock.DeadlineMissedEvent;
import org.huiying.sla.clock.EscalationWithdrawnEvent;
import org.huiying.sla.clock.ProgressFigureChangedEvent;
import org.huiying.sla.clock.DeadlinesSetEvent;
import org.huiying.sla.clock.Deadlines;
import org.huiying.sla.clock.ExtensionGrantedEvent;
import org.huiying.sla.clock.ProgressGivenEvent;
import org.huiying.sla.clock.ProgressUpdateDueEvent;
import org.huiying.sla.clock.ResponseGivenEvent;
import org.huiying.sla.clock.SeverityChangedEvent;
import org.huiying.sla.clock.UnitChargedEvent;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps {@code case_deadlines} and the open-case index from the CaseClock's events. Events of a case arrive in order
 * and at least once; one already applied (its sequence number is not newer) is ignored.
 */
@Component
@ProcessingGroup("case-deadlines")
public class CaseDeadlinesProjection {

    private final OpenCases open;
    private final Map<EscalationStep, Counter> escalations = new EnumMap<>(EscalationStep.class);
    private final Map<EscalationStep, Counter> withdrawn = new EnumMap<>(EscalationStep.class);
    private final Counter corrected;

    public CaseDeadlinesProjection(OpenCases open, MeterRegistry meters) {
        this.open = open;
        for (EscalationStep step : EscalationStep.values()) {
            escalations.put(step, Counter.builder("huiying.sla.escalations")
                    .description("Escalation ladder steps fired (预警/催办/督办/通报/上报)")
                    .tag("step", step.name().toLowerCase().replace('_', '-')).register(meters));
            withdrawn.put(step, Counter.builder("huiying.sla.escalations.withdrawn")
                    .description("Escalation ladder steps withdrawn because later-known facts showed they should "
                            + "not stand (撤销)")
                    .tag("step", step.name().toLowerCase().replace('_', '-')).register(meters));
        }
        corrected = Counter.builder("huiying.sla.verdicts.corrected")
                .description("Missed deadlines replaced by met once a reply posted in time became known")
                .register(meters);
    }

    @EventHandler
    void on(DeadlinesSetEvent event, @SequenceNumber long sequence) {
        apply(event.caseId(), sequence, view -> {
            Deadlines d = event.deadlines();
            if (view.answerRound < d.answerRound()) {
                view.answeredAt = null;
                view.answerMissed = false;
                view.extended = false;
                view.progressDueAt = null;
                view.progressOverdue = false;
            }
            view.policy = d.policy();
            view.policyVersion = d.policyVersion();
            view.unitId = event.unitId();
            view.postedAt = event.postedAt();
            view.severity = event.severity();
            view.answerRound = d.answerRound();
            view.answerStartedAt = d.answerStartedAt();
            view.responseDueAt = d.responseDueAt();
            view.responseWarningAt = d.responseWarningAt();
            view.answerDueAt = d.answerDueAt();
            view.answerWarningAt = d.answerWarningAt();
            view.leadershipDueAt = d.leadershipDueAt();
            view.sensitiveReportDueAt = d.sensitiveReportDueAt();
        });
    }

    @EventHandler
    void on(UnitChargedEvent event, @SequenceNumber long sequence) {
        apply(event.caseId(), sequence, view -> {
            view.segments.add(new CaseDeadlinesView.Segment(event.unitId(), event.decidedAt()));
            view.segments.sort(Comparator.comparing(CaseDeadlinesView.Segment::from));
            view.unitId = view.segments.get(view.segments.size() - 1).unitId();
        });
    }

    @EventHandler
    void on(SeverityChangedEvent event, @SequenceNumber long sequence) {
        apply(event.caseId(), sequence, view -> view.severity = event.severity());
    }

    @EventHandler
    void on(ResponseGivenEvent event, @SequenceNumber long sequence) {
        apply(event.caseId(), sequence, view -> view.acknowledgedAt = event.at());
    }

    @EventHandler
    void on(AnswerGivenEvent event, @SequenceNumber long sequence) {
        apply(event.caseId(), sequence, view -> view.answeredAt = event.at());
    }

    @EventHandler
    void on(DeadlineMissedEvent event, @SequenceNumber long sequence) {
        apply(event.caseId(), sequence, view -> {
            switch (event.deadline()) {
                case RESPONSE -> view.responseMissed = true;
                case ANSWER -> view.answerMissed = true;
                case PROGRESS -> { // stores that counted each missed update as a verdict
                    view.progressOverdue = true;
                    view.progressUpdatesMissed++;
                }
            }
        });
    }

    @EventHandler
    void on(DeadlineMetEvent event, @SequenceNumber long sequence) {
        apply(event.caseId(), sequence, view -> {
            if (event.replaces() != null && event.replaces().missed()) {
                corrected.increment();
                switch (event.deadline()) {
                    case RESPONSE -> view.responseMissed = false;
                    case ANSWER -> view.answerMissed = false;
                    default -> {
                    }
                }
            }
        });
    }

    @EventHandler
    void on(ProgressFigureChangedEvent event, @SequenceNumber long sequence) {
        apply(event.caseId(), sequence, view -> {
            if (event.round() != view.answerRound) {
                return;
            }
            var figure = event.figure();
            view.progressUpdatesMissed = figure.count();
            view.progressDueAt = figure.nextDueAt();
            view.progressOverdue = figure.lastDueAt() != null
                    && (view.lastProgressAt == null || view.lastProgressAt.isBefore(figure.lastDueAt()));
        });
    }

    @EventHandler
    void on(EscalationWithdrawnEvent event, @SequenceNumber long sequence) {
        boolean applied = apply(event.caseId(), sequence, view -> view.escalations.computeIfPresent(
                event.step() + ":" + event.deadline() + ":" + event.round(),
                (key, escalation) -> escalation.withdrawn(event.reason(),
                        event.cause().type() + " " + event.cause().at())));
        if (applied) {
            withdrawn.get(event.step()).increment();
        }
    }

    @EventHandler
    void on(AnswerClockPausedEvent event, @SequenceNumber long sequence) {
        apply(event.caseId(), sequence, view -> {
            view.pausedSince = event.pausedAt();
            view.pauseCapEndsAt = event.capEndsAt();
            view.pauses.put(event.round() + ":" + event.pausedAt(), new CaseDeadlinesView.Pause(event.round(),
                    event.unitId(), event.pausedAt(), event.capEndsAt(), null, 0,
                    CaseDeadlinesView.Pause.clockOf(event.kind()), false, null, event.policyVersion()));
        });
    }

    @EventHandler
    void on(AnswerClockResumedEvent event, @SequenceNumber long sequence) {
        apply(event.caseId(), sequence, view -> {
            view.pausedSince = null;
            view.pauseCapEndsAt = null;
            view.pauses.computeIfPresent(event.round() + ":" + event.pause().pausedAt(), (key, pause) ->
                    new CaseDeadlinesView.Pause(pause.round(), pause.unitId(), pause.pausedAt(), pause.capEndsAt(),
                            event.pause().resumedAt(), event.pause().paused().toSeconds(), pause.clock(),
                            event.pause().capped(), event.reason(), pause.policyVersion()));
        });
    }

    @EventHandler
    void on(ProgressGivenEvent event, @SequenceNumber long sequence) {
        apply(event.caseId(), sequence, view -> {
            if (view.lastProgressAt == null || event.at().isAfter(view.lastProgressAt)) {
                view.lastProgressAt = event.at();
                view.progressOverdue = false;
            }
        });
    }

    @EventHandler
    void on(ProgressUpdateDueEvent event, @SequenceNumber long sequence) {
        apply(event.caseId(), sequence, view -> view.progressDueAt = event.dueAt());
    }

    @EventHandler
    void on(ExtensionGrantedEvent event, @SequenceNumber long sequence, @MessageIdentifier String id) {
        apply(event.caseId(), sequence, view -> {
            view.extended = true;
            view.extensions.put(id, new CaseDeadlinesView.Extension(event.unitId(), event.explanation(),
                    event.previousDueAt(), event.newDueAt(), event.at()));
        });
    }

    @EventHandler
    void on(CaseEscalatedEvent event, @SequenceNumber long sequence) {
        boolean applied = apply(event.caseId(), sequence, view -> view.escalations.put(
                event.step() + ":" + event.deadline() + ":" + event.round(),
                new CaseDeadlinesView.Escalation(event.step().name().toLowerCase().replace('_', '-'),
                        event.deadline() == null ? null : event.deadline().name().toLowerCase(), event.round(),
                        event.unitId(), event.ruleId(), event.dueAt(), event.at(), null, null)));
        if (applied) {
            escalations.get(event.step()).increment();
        }
    }

    @EventHandler
    void on(CaseClockStoppedEvent event, @SequenceNumber long sequence) {
        apply(event.caseId(), sequence, view -> view.closedAt = event.at());
    }

    private boolean apply(String caseId, long sequence, Consumer<CaseDeadlinesView> change) {
        boolean[] applied = {false};
        open.update(caseId, view -> {
            if (sequence > view.version) {
                change.accept(view);
                view.lookAgain();
                view.version = sequence;
                applied[0] = true;
            }
        });
        return applied[0];
    }

}
