package org.huiying.sla.deadline;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The case's deadlines were set from its posting time; {@code unitId} is null while no unit is charged. */
@Revision("1")
public record CaseClockStartedEvent(String caseId, Instant postedAt, String unitId, String policy,
                                    String policyVersion, Instant responseDueAt, Instant answerDueAt, Instant at) {
}
