package org.huiying.contracts.sla;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A case's deadlines were set or moved. {@code unitId} is the unit charged with them (null while the case waits in
 * triage); {@code policy} and {@code policyVersion} say which rules computed them.
 */
public record DeadlinesSet(UUID eventId, Instant occurredAt, String caseId,
                           String unitId, String policy, String policyVersion, Instant responseDueAt,
                           Instant answerDueAt, String reason) implements CaseEvent {
}
