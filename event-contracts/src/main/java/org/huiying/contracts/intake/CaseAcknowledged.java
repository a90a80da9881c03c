package org.huiying.contracts.intake;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/** 在线响应: the assigned unit's first public response. */
public record CaseAcknowledged(UUID eventId, Instant occurredAt, String caseId,
                               String unitId, Channel channel) implements CaseEvent {
}
