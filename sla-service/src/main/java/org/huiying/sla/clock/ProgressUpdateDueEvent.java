package org.huiying.sla.clock;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Past its answer deadline, the case needs its next public progress update by {@code dueAt}: one cadence after the
 * answer deadline, after the last update, or after the last missed update ({@code reason}).
 */
@Revision("1")
public record ProgressUpdateDueEvent(String caseId, int round, Instant dueAt, String reason, Instant at) {
}
