package org.huiying.sla.clock;

import org.axonframework.serialization.Revision;

/** The answer clock of {@code round} runs again: the netizen followed up, the cap was reached, or the answer came. */
@Revision("1")
public record AnswerClockResumedEvent(String caseId, int round, AnswerPause pause, String reason) {
}
