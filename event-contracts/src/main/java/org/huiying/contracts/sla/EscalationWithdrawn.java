package org.huiying.contracts.sla;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A ladder step that fired on what was known then is withdrawn (撤销) because a later-known fact shows it should not
 * stand: a reply posted before the due time but seen after it, an assignment that charges another unit, a deadline
 * that moved. {@code withdraws} is the event id of the {@code case-escalated} it takes back; {@code causeType} and
 * {@code causeAt} name the fact (its wire type and its own time), {@code reason} says it in words. Figures count only
 * steps still standing.
 */
public record EscalationWithdrawn(UUID eventId, Instant occurredAt, String caseId,
                                  String unitId, EscalationStep step, DeadlineKind deadline, int round, Instant dueAt,
                                  UUID withdraws, String reason, String causeType, Instant causeAt)
        implements CaseEvent {
}
