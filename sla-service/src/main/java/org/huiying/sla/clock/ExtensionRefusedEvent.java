package org.huiying.sla.clock;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An extension request was refused by {@code rule}. */
@Revision("1")
public record ExtensionRefusedEvent(String caseId, String unitId, String explanation, Instant requestedDueAt, String rule, String reason, Instant at) {
}
