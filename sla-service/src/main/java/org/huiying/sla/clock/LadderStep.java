package org.huiying.sla.clock;

import org.huiying.contracts.sla.DeadlineKind;
import org.huiying.contracts.sla.EscalationStep;

import java.time.Instant;

/** A rung of the escalation ladder for one case: fired at most once per step, deadline and answer round. */
public record LadderStep(EscalationStep step, DeadlineKind deadline, int round, Instant dueAt, String ruleId) {

    public String key() {
        return key(step, deadline, round);
    }

    static String key(EscalationStep step, DeadlineKind deadline, int round) {
        return step + ":" + deadline + ":" + round;
    }
}
