package org.huiying.sla.clock;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 响应与答复: the unit's first response (在线响应) and the published answer (办结答复) of the current round, each at the
 * fact's own time. A reply seen later but posted earlier than the one known takes its place: the earliest counts. An
 * answer without an earlier acknowledgement is the response too, and it ends a pause of the answer clock. A reopening
 * starts a new round, not yet answered. Every change makes the clock judge its verdicts and steps again.
 */
class Replies {

    private final CaseClock clock;
    private int round;
    private Instant acknowledgedAt;
    private String acknowledgedBy;
    private Instant answeredAt;
    private String answeredBy;
    private final java.util.Map<Integer, Instant> answeredAtByRound = new java.util.HashMap<>();
    private final java.util.Map<Integer, String> answeredByRound = new java.util.HashMap<>();

    Replies(CaseClock clock) {
        this.clock = clock;
    }

    @CommandHandler
    void handle(AcknowledgeCaseCommand command, DeadlinePlanner planner) {
        if (clock.deadlines() == null || acknowledgedAt != null && !command.at().isBefore(acknowledgedAt)) {
            return; // no clock yet, or delivered again, or a later reply than the one known
        }
        apply(new ResponseGivenEvent(clock.caseId(), command.unitId(), command.at()));
        clock.reconcile(planner, new Cause("case-acknowledged", command.at()));
    }

    @CommandHandler
    void handle(RecordAnswerCommand command, DeadlinePlanner planner) {
        Deadlines deadlines = clock.deadlines();
        boolean beforeThisRound = deadlines != null && deadlines.answerRound() > 0
                && !command.at().isAfter(deadlines.answerStartedAt());
        boolean known = answeredAt != null && !command.at().isBefore(answeredAt);
        if (deadlines == null || known || beforeThisRound) {
            return;
        }
        if (acknowledgedAt == null || command.at().isBefore(acknowledgedAt)) {
            apply(new ResponseGivenEvent(clock.caseId(), command.unitId(), command.at()));
        }
        clock.endPauseBy(command.at(), planner, "answer published 已答复");
        apply(new AnswerGivenEvent(clock.caseId(), command.unitId(), clock.deadlines().answerRound(), command.at()));
        clock.reconcile(planner, new Cause("answer-published", command.at()));
    }

    Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    String acknowledgedBy() {
        return acknowledgedBy;
    }

    Instant answeredAt() {
        return answeredAt;
    }

    String answeredBy() {
        return answeredBy;
    }

    String answeredBy(int answerRound) {
        return answeredByRound.get(answerRound);
    }

    /** When the answer of that round was published (null: not answered). */
    Instant answeredAt(int answerRound) {
        return answeredAtByRound.get(answerRound);
    }

    @EventSourcingHandler
    void on(DeadlinesSetEvent event) {
        if (event.deadlines().answerRound() > round) {
            round = event.deadlines().answerRound();
            answeredAt = null;
            answeredBy = null;
        }
    }

    @EventSourcingHandler
    void on(ResponseGivenEvent event) {
        acknowledgedAt = event.at();
        acknowledgedBy = event.unitId();
    }

    @EventSourcingHandler
    void on(AnswerGivenEvent event) {
        answeredAt = event.at();
        answeredBy = event.unitId();
        answeredAtByRound.put(event.round(), event.at());
        answeredByRound.put(event.round(), event.unitId());
    }
}
