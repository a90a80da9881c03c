package org.huiying.sla.clock;

import org.axonframework.serialization.Revision;
import org.huiying.sla.calendar.ClockKind;

import java.time.Instant;

/**
 * The answer clock of {@code round} paused while the netizen is asked for information. {@code capEndsAt} (when the
 * pause stops counting), {@code kind} (the time it is measured in) and {@code policyVersion} are fixed here, so a
 * later policy never changes a pause already started.
 */
@Revision("1")
public record AnswerClockPausedEvent(String caseId, String unitId, int round, Instant pausedAt, Instant capEndsAt,
                                     ClockKind kind, String policyVersion) {
}
