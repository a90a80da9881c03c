package org.huiying.sla.clock;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.huiying.support.domain.RuleViolationException;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 延期: the unit holding a case may extend the answer deadline of the current round, as {@link ExtensionRules}
 * decide. A granted extension sets the new deadline and takes 通报 off the ladder for the round; a refusal is recorded
 * with the rule. A new answer round (a reopening) starts without an extension.
 */
class AnswerExtension {

    private final CaseClock clock;
    private int round;
    private boolean extendedThisRound;
    private final java.util.Set<Integer> extendedRounds = new java.util.HashSet<>();

    AnswerExtension(CaseClock clock) {
        this.clock = clock;
    }

    @CommandHandler
    ExtensionDecision handle(RequestExtensionCommand command, DeadlinePlanner planner) {
        if (clock.stoppedOrAnswered()) {
            throw RuleViolationException.conflict("extension.case-answered",
                    "Case " + clock.caseId() + " is already answered or closed; there is no answer deadline to extend");
        }
        Deadlines deadlines = clock.deadlines();
        String unit = clock.currentUnit();
        if (deadlines == null || unit == null || !unit.equals(command.unitId())) {
            throw RuleViolationException.conflict("extension.assigned-unit-only",
                    "Only the unit assigned to case " + clock.caseId() + " (" + unit + ") may extend its deadline");
        }
        ExtensionDecision decision = ExtensionRules.decide(command, deadlines, planner);
        if (decision.granted()) {
            apply(new ExtensionGrantedEvent(clock.caseId(), command.unitId(), command.explanation().strip(),
                    deadlines.answerDueAt(), command.newDueAt(), command.at()));
            apply(new DeadlinesSetEvent(clock.caseId(), unit, clock.postedAt(), clock.severity(),
                    planner.extended(deadlines, command.newDueAt()), "extension granted", command.at()));
            clock.reconcile(planner, new Cause("extension-granted", command.at()));
        } else {
            apply(new ExtensionRefusedEvent(clock.caseId(), command.unitId(), command.explanation(),
                    command.newDueAt(), decision.rule(), decision.reason(), command.at()));
        }
        return decision;
    }

    boolean extendedThisRound() {
        return extendedThisRound;
    }

    boolean extended(int answerRound) {
        return extendedRounds.contains(answerRound);
    }

    @EventSourcingHandler
    void on(DeadlinesSetEvent event) {
        if (event.deadlines().answerRound() > round) {
            round = event.deadlines().answerRound();
            extendedThisRound = false;
        }
    }

    @EventSourcingHandler
    void on(ExtensionGrantedEvent event) {
        extendedThisRound = true;
        extendedRounds.add(round);
    }
}
