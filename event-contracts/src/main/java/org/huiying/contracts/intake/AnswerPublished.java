package org.huiying.contracts.intake;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/** 办结答复: the approved final answer was published. */
public record AnswerPublished(UUID eventId, Instant occurredAt, String caseId,
                              String unitId, String approvedBy, Channel channel) implements CaseEvent {
}
