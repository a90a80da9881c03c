package org.huiying.contracts.intake;

import org.huiying.contracts.CaseEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * 满意度: the netizen rated the answer. The 1–5 scores (解决程度, 办理态度, 办理速度) are optional.
 */
public record CaseRated(UUID eventId, Instant occurredAt, String caseId,
                        String unitId, Satisfaction satisfaction, Integer resolutionScore, Integer attitudeScore,
                        Integer speedScore, Channel channel) implements CaseEvent {
}
