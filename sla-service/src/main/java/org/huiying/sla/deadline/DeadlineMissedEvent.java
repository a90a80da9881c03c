package org.huiying.sla.deadline;

import org.axonframework.serialization.Revision;
import org.huiying.contracts.sla.DeadlineKind;

import java.time.Instant;

@Revision("1")
public record DeadlineMissedEvent(String caseId, String unitId, DeadlineKind deadline, Instant dueAt,
                                  Instant at) {
}
