package org.huiying.sla.clock;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.huiying.contracts.sla.DeadlineKind;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 响应与答复: the unit's first response (在线响应) and the published answer (办结答复) of the current round, each judged
 * against its deadline by the fact's own time. An answer without an acknowledgement is the response too, and it ends a
 * pause of the answer clock. A reopening starts a new round, not yet answered.
 */
class Replies {

    private final CaseClock clock;
    private int round;
    private Instant acknowledgedAt;
    private Instant answeredAt;

    Replies(CaseClock clock) {
        this.clock = clock;
    }

    @CommandHandler
    void handle(AcknowledgeCaseCommand command) {
        if (clock.deadlines() == null || acknowledgedAt != null || clock.isStopped()) {
            return;
        }
        respond(command.unitId(), command.at());
    }

    @CommandHandler
    void handle(RecordAnswerCommand command, DeadlinePlanner planner) {
        Deadlines deadlines = clock.deadlines();
        boolean beforeThisRound = deadlines != null && deadlines.answerRound() > 0
                && !command.at().isAfter(deadlines.answerStartedAt());
        if (deadlines == null || answeredAt != null || clock.isStopped() || beforeThisRound) {
            return;
        }
        if (acknowledgedAt == null) {
            respond(command.unitId(), command.at());
        }
        clock.endPauseBy(command.at(), planner, "answer published 已答复");
        Deadlines judged = clock.deadlines(); // moved later by the pause just ended
        apply(new AnswerGivenEvent(clock.caseId(), command.unitId(), judged.answerRound(), command.at()));
        clock.verdicts().settle(DeadlineKind.ANSWER, judged.answerRound(), judged.answerDueAt(), command.unitId(),
                command.at());
    }

    private void respond(String unitId, Instant at) {
        apply(new ResponseGivenEvent(clock.caseId(), unitId, at));
        clock.verdicts().settle(DeadlineKind.RESPONSE, 0, clock.deadlines().responseDueAt(), unitId, at);
    }

    Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    Instant answeredAt() {
        return answeredAt;
    }

    @EventSourcingHandler
    void on(DeadlinesSetEvent event) {
        if (event.deadlines().answerRound() > round) {
            round = event.deadlines().answerRound();
            answeredAt = null;
        }
    }

    @EventSourcingHandler
    void on(ResponseGivenEvent event) {
        acknowledgedAt = event.at();
    }

    @EventSourcingHandler
    void on(AnswerGivenEvent event) {
        answeredAt = event.at();
    }
}
