package org.huiying.sla.clock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The unit's first public response (在线响应) stops the response clock. */
public record AcknowledgeCaseCommand(@TargetAggregateIdentifier String caseId, String unitId, Instant at) {
}
