package org.huiying.routing.assignment;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The case became a problem case (提级督办): {@code cause} is {@link ProblemCause}'s wire name. */
@Revision("1")
public record CaseFlaggedAsProblemEvent(String caseId, ProblemCause cause, String reason, int handovers,
                                        Instant flaggedAt) {
}
