package org.huiying.sla.clock;

import org.axonframework.serialization.Revision;
import org.huiying.contracts.sla.DeadlineKind;
import org.huiying.contracts.sla.EscalationStep;

import java.time.Instant;

/**
 * A ladder step fired on what was known then no longer stands: {@code withdraws} is the event id of its
 * {@link CaseEscalatedEvent}, {@code cause} the fact that showed it, {@code reason} the words the office reads.
 */
@Revision("1")
public record EscalationWithdrawnEvent(String caseId, String unitId, EscalationStep step, DeadlineKind deadline,
                                       int round, Instant dueAt, String withdraws, String reason, Cause cause) {
}
