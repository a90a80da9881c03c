package org.huiying.contracts.routing;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * 提级督办: the case became a problem case for the office — returned or transferred too often
 * ({@code cause} {@code handovers}) or waiting without a lead unit for too long ({@code no-lead}).
 * {@code handovers} counts its returns and transfers so far.
 */
public record CaseFlaggedAsProblem(UUID eventId, Instant occurredAt, String caseId, String cause, String reason,
                                   int handovers) implements CaseEvent {
}
