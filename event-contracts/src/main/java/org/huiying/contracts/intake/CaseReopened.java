package org.huiying.contracts.intake;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/** 重办: an answered case must be handled again (e.g. after a 不满意 rating). */
public record CaseReopened(UUID eventId, Instant occurredAt, String caseId, String reason) implements CaseEvent {
}
