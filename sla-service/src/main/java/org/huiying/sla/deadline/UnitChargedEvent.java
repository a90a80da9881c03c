package org.huiying.sla.deadline;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A unit was charged with the case's deadlines; the deadlines are null until the post itself has arrived. */
@Revision("1")
public record UnitChargedEvent(String caseId, String unitId, String policy, String policyVersion,
                               Instant responseDueAt, Instant answerDueAt, Instant at) {
}
