package org.huiying.contracts.routing;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** 转办: the office moved the case from one lead unit to another. */
public record CaseTransferred(UUID eventId, Instant occurredAt, String caseId,
                              String fromUnitId, String toUnitId, List<String> coUnitIds, String reason,
                              String decidedBy) implements CaseEvent {
}
