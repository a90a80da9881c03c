package org.huiying.sla.clock;

import org.axonframework.serialization.Revision;
import org.huiying.contracts.sla.DeadlineKind;

import java.time.Instant;

/** A deadline passed without the response or the answer; charged to the unit holding the case at the due time. */
@Revision("1")
public record DeadlineMissedEvent(String caseId, String unitId, DeadlineKind deadline, int round, Instant dueAt, Instant at) {
}
