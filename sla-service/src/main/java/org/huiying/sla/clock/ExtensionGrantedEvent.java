package org.huiying.sla.clock;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** 延期 granted: the answer deadline moves to {@code newDueAt}. */
@Revision("1")
public record ExtensionGrantedEvent(String caseId, String unitId, String explanation, Instant previousDueAt, Instant newDueAt, Instant at) {
}
