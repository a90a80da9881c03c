package org.huiying.intake.cases.outcome;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.huiying.contracts.intake.Channel;
import org.huiying.contracts.intake.Satisfaction;

import java.time.Instant;

/** 回访: the office enters the netizen's satisfaction; the 1–5 scores are optional. */
public record RateCaseCommand(@TargetAggregateIdentifier String caseId, Satisfaction satisfaction,
                              Integer resolutionScore, Integer attitudeScore, Integer speedScore, String ratedBy,
                              Channel channel, Instant ratedAt) {
}
