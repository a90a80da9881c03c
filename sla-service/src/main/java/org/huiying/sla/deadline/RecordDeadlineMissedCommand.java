package org.huiying.sla.deadline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.huiying.contracts.sla.DeadlineKind;

import java.time.Instant;

public record RecordDeadlineMissedCommand(@TargetAggregateIdentifier String caseId, DeadlineKind deadline,
                                          Instant at) {
}
