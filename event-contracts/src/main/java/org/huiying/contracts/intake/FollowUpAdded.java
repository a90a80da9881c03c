package org.huiying.contracts.intake;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/** The netizen posted again in the case's thread (追问). */
public record FollowUpAdded(UUID eventId, Instant occurredAt, String caseId,
                            String postId, String body, Instant postedAt) implements CaseEvent {
}
