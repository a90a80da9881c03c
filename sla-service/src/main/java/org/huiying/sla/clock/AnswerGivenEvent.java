package org.huiying.sla.clock;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The answer clock of {@code round} stopped: the final answer was published. */
@Revision("1")
public record AnswerGivenEvent(String caseId, String unitId, int round, Instant at) {
}
