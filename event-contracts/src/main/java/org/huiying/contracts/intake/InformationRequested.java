package org.huiying.contracts.intake;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * 请网民补充情况: the lead unit publicly asked the netizen for information it needs to answer ({@code text}, the public
 * question). The netizen's next follow-up in the thread ({@code follow-up-added}) is the reply to it.
 */
public record InformationRequested(UUID eventId, Instant occurredAt, String caseId,
                                   String unitId, Channel channel, String text) implements CaseEvent {
}
