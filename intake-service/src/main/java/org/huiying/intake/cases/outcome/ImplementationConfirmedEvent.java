package org.huiying.intake.cases.outcome;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** 落实: the problem was confirmed solved. */
@Revision("1")
public record ImplementationConfirmedEvent(String caseId, String unitId, String confirmedBy, Instant confirmedAt) {
}
