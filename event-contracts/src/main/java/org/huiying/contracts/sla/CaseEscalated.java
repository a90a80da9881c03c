package org.huiying.contracts.sla;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/** A step of the escalation ladder fired for a case and the unit charged with it, with the rule that fired. */
public record CaseEscalated(UUID eventId, Instant occurredAt, String caseId,
                            String unitId, EscalationStep step, String ruleId, Instant dueAt) implements CaseEvent {
}
