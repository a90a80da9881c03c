package org.huiying.contracts.intake;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/** 跟帖通报进展: a public progress update by a unit on the case. */
public record ProgressReported(UUID eventId, Instant occurredAt, String caseId,
                               String unitId, Channel channel, String summary) implements CaseEvent {
}
