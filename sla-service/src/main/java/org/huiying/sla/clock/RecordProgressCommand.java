package org.huiying.sla.clock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** 跟帖通报进展: a unit published a progress update at {@code at} (from progress-reported). */
public record RecordProgressCommand(@TargetAggregateIdentifier String caseId, String unitId, Instant at) {
}
