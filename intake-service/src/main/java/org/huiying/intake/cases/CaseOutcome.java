package org.huiying.intake.cases;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.huiying.contracts.intake.Satisfaction;
import org.huiying.intake.cases.outcome.CaseClosedEvent;
import org.huiying.intake.cases.outcome.CaseRatedEvent;
import org.huiying.intake.cases.outcome.CaseReopenedEvent;
import org.huiying.intake.cases.outcome.CloseCaseCommand;
import org.huiying.intake.cases.outcome.ConfirmImplementationCommand;
import org.huiying.intake.cases.outcome.ImplementationConfirmedEvent;
import org.huiying.intake.cases.outcome.RateCaseCommand;

import java.util.stream.Stream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What follows the answer: the netizen's rating (回访), which closes the case or, 不满意 under the policy, reopens it
 * (重办); the confirmation that the problem was solved (落实); and closure after a quiet period.
 */
class CaseOutcome {

    static final String CLOSED_AFTER_RATING = "rated";
    static final String CLOSED_WHEN_QUIET = "quiet-period";

    private final Case root;
    private boolean rated;
    private boolean confirmed;

    CaseOutcome(Case root) {
        this.root = root;
    }

    @CommandHandler
    void handle(RateCaseCommand command, CasePolicy policy) {
        Stream.of(command.resolutionScore(), command.attitudeScore(), command.speedScore())
                .filter(score -> score != null && (score < 1 || score > 5)).findFirst().ifPresent(score -> {
                    throw CaseRules.unprocessable(CaseRules.SCORE_RANGE, "Scores are 1 to 5, not " + score);
                });
        if (!root.answer().isAnswered()) {
            throw CaseRules.conflict(CaseRules.RATE_AFTER_ANSWER,
                    "Case " + root.caseId() + " has no answer to rate yet");
        }
        if (rated) {
            throw CaseRules.conflict(CaseRules.RATE_ONCE, "The answer to case " + root.caseId() + " is already rated");
        }
        String unitId = root.answer().answeringUnitId();
        apply(new CaseRatedEvent(root.caseId(), unitId, command.satisfaction(), command.resolutionScore(),
                command.attitudeScore(), command.speedScore(), command.ratedBy(), command.channel(),
                command.ratedAt()));
        if (command.satisfaction() == Satisfaction.DISSATISFIED && policy.reopenWhenDissatisfied()) {
            apply(new CaseReopenedEvent(root.caseId(), unitId, "不满意 dissatisfied rating: re-handling 重办",
                    command.ratedAt()));
        } else if (!root.isClosed()) {
            apply(new CaseClosedEvent(root.caseId(), unitId, CLOSED_AFTER_RATING, command.ratedAt()));
        }
    }

    @CommandHandler
    void handle(ConfirmImplementationCommand command) {
        if (!root.answer().isAnswered()) {
            throw CaseRules.conflict(CaseRules.CONFIRM_AFTER_ANSWER,
                    "Case " + root.caseId() + " must be answered before its implementation is confirmed");
        }
        if (confirmed) {
            throw CaseRules.conflict(CaseRules.CONFIRM_ONCE,
                    "Implementation of case " + root.caseId() + " is already confirmed");
        }
        apply(new ImplementationConfirmedEvent(root.caseId(), root.answer().answeringUnitId(), command.confirmedBy(),
                command.confirmedAt()));
    }

    @CommandHandler
    void handle(CloseCaseCommand command, CasePolicy policy) {
        if (root.isClosed()) {
            return; // the sweeper saw it before the closure reached its list
        }
        if (!root.answer().isAnswered()) {
            throw CaseRules.conflict(CaseRules.CLOSE_AFTER_ANSWER, "Case " + root.caseId() + " is not answered");
        }
        if (command.closedAt().isBefore(root.answer().answeredAt().plus(policy.quietPeriod()))) {
            throw CaseRules.conflict(CaseRules.CLOSE_AFTER_QUIET_PERIOD, "Case " + root.caseId()
                    + " was answered at " + root.answer().answeredAt() + "; it closes " + policy.quietPeriod()
                    + " later unless rated");
        }
        apply(new CaseClosedEvent(root.caseId(), root.answer().answeringUnitId(), CLOSED_WHEN_QUIET, command.closedAt()));
    }

    @EventSourcingHandler
    void on(CaseRatedEvent event) {
        rated = true;
    }

    @EventSourcingHandler
    void on(ImplementationConfirmedEvent event) {
        confirmed = true;
    }

    @EventSourcingHandler
    void on(CaseReopenedEvent event) {
        rated = false;
        confirmed = false;
    }
}
