package org.huiying.contracts.sla;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A step of the escalation ladder fired for a case and the unit charged with it, with the rule that fired.
 * {@code dueAt} is when the step was due (a step fired late, after downtime, keeps it); {@code deadline} says which
 * deadline the step chases (response or answer; null in records written before it was added).
 */
public record CaseEscalated(UUID eventId, Instant occurredAt, String caseId,
                            String unitId, EscalationStep step, String ruleId, Instant dueAt, DeadlineKind deadline)
        implements CaseEvent {

    /** The v1 shape before {@code deadline} was added. */
    public CaseEscalated(UUID eventId, Instant occurredAt, String caseId, String unitId, EscalationStep step,
                         String ruleId, Instant dueAt) {
        this(eventId, occurredAt, caseId, unitId, step, ruleId, dueAt, null);
    }
}
