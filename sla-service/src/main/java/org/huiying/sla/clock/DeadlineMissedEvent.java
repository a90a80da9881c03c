package org.huiying.sla.clock;

import org.axonframework.serialization.Revision;
import org.huiying.contracts.sla.DeadlineKind;

import java.time.Instant;

/**
 * A deadline passed without the response or the answer; charged to the unit holding the case at the due time.
 * {@code at} is the due time (the verdict belongs to event time); {@code replaces} is the verdict it corrects, if any.
 * Stores written before progress updates were counted as one figure also hold one of these per missed update.
 */
@Revision("1")
public record DeadlineMissedEvent(String caseId, String unitId, DeadlineKind deadline, int round, Instant dueAt,
                                  Instant at, Replaced replaces) {

    public DeadlineMissedEvent(String caseId, String unitId, DeadlineKind deadline, int round, Instant dueAt,
                               Instant at) {
        this(caseId, unitId, deadline, round, dueAt, at, null);
    }
}
