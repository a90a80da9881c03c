package org.huiying.contracts.routing;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * 批办: the case was given a lead unit (牵头单位) and optional co-units (协办单位), by a routing rule
 * ({@code ruleId}) or by a person of the office ({@code decidedBy}).
 */
public record CaseAssigned(UUID eventId, Instant occurredAt, String caseId,
                           String leadUnitId, List<String> coUnitIds, String ruleId, String decidedBy)
        implements CaseEvent {
}
