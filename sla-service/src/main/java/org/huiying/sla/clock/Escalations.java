package org.huiying.sla.clock;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.huiying.contracts.sla.EscalationStep;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The ladder steps fired on a case (预警/催办/督办/通报/上报), each once per step, deadline and answer round: a due step
 * is recorded with its original due time and the unit holding the case then; 催办 and 督办 also record the deadline
 * they chase as missed.
 */
class Escalations {

    private final CaseClock clock;
    private final Set<String> fired = new HashSet<>();

    Escalations(CaseClock clock) {
        this.clock = clock;
    }

    /** Every step that still applies and has not fired, earliest first. */
    List<LadderStep> pending(Deadlines deadlines, boolean acknowledged, boolean answered, boolean extended,
                             boolean paused) {
        return Ladder.pending(deadlines, acknowledged, answered, extended, paused, fired);
    }

    /** Fires the steps of {@code pending} due by {@code now}, in order; answers which fired. */
    List<EscalationStep> fireDue(List<LadderStep> pending, Instant now, DeadlineVerdicts verdicts) {
        List<EscalationStep> firedNow = new ArrayList<>();
        for (LadderStep step : Ladder.due(pending, now)) {
            if (step.step() == EscalationStep.URGE || step.step() == EscalationStep.SUPERVISE) {
                verdicts.recordMissed(step.deadline(), step.round(), step.dueAt(), now);
            }
            apply(new CaseEscalatedEvent(clock.caseId(), clock.unitAt(step.dueAt()), step.step(), step.deadline(),
                    step.round(), step.ruleId(), step.dueAt(), now));
            firedNow.add(step.step());
        }
        return firedNow;
    }

    Set<String> keys() {
        return Set.copyOf(fired);
    }

    @EventSourcingHandler
    void on(CaseEscalatedEvent event) {
        fired.add(LadderStep.key(event.step(), event.deadline(), event.round()));
    }
}
