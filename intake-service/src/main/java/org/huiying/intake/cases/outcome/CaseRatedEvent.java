package org.huiying.intake.cases.outcome;

import org.axonframework.serialization.Revision;
import org.huiying.contracts.intake.Channel;
import org.huiying.contracts.intake.Satisfaction;

import java.time.Instant;

/** The netizen's satisfaction with the answer. */
@Revision("1")
public record CaseRatedEvent(String caseId, String unitId, Satisfaction satisfaction, Integer resolutionScore,
                             Integer attitudeScore, Integer speedScore, String ratedBy, Channel channel,
                             Instant ratedAt) {
}
