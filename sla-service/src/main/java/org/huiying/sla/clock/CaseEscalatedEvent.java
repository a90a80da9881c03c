package org.huiying.sla.clock;

import org.axonframework.serialization.Revision;
import org.huiying.contracts.sla.DeadlineKind;
import org.huiying.contracts.sla.EscalationStep;

import java.time.Instant;

/** A ladder step fired, once per case, step, deadline and answer round; {@code dueAt} is when it was due. */
@Revision("1")
public record CaseEscalatedEvent(String caseId, String unitId, EscalationStep step, DeadlineKind deadline, int round, String ruleId, Instant dueAt, Instant at) {
}
