package org.huiying.contracts.intake;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/** 落实: the netizen or the office confirmed the problem was actually solved. */
public record ImplementationConfirmed(UUID eventId, Instant occurredAt, String caseId,
                                      String unitId, String confirmedBy) implements CaseEvent {
}
