package org.huiying.sla.clock;

import org.axonframework.serialization.Revision;
import org.huiying.contracts.sla.DeadlineKind;

import java.time.Instant;

/** A deadline was met. */
@Revision("1")
public record DeadlineMetEvent(String caseId, String unitId, DeadlineKind deadline, int round, Instant dueAt, Instant metAt) {
}
