package org.huiying.sla.clock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The unit holding the case from {@code decidedAt}: assigned, transferred, or null when the case went back to the office (returned, queued for triage). */
public record ChargeUnitCommand(@TargetAggregateIdentifier String caseId, String unitId, Instant decidedAt, String reason) {
}
