package org.huiying.sla.clock;

import org.axonframework.serialization.Revision;
import org.huiying.contracts.sla.DeadlineKind;

import java.time.Instant;

/** A deadline was met; {@code replaces} is the verdict it corrects, if one was recorded before (null otherwise). */
@Revision("1")
public record DeadlineMetEvent(String caseId, String unitId, DeadlineKind deadline, int round, Instant dueAt,
                               Instant metAt, Replaced replaces) {

    public DeadlineMetEvent(String caseId, String unitId, DeadlineKind deadline, int round, Instant dueAt,
                            Instant metAt) {
        this(caseId, unitId, deadline, round, dueAt, metAt, null);
    }
}
