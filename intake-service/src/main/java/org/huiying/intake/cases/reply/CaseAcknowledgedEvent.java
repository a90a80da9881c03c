package org.huiying.intake.cases.reply;

import org.axonframework.serialization.Revision;
import org.huiying.contracts.intake.Channel;

import java.time.Instant;

/** 在线响应: the assigned unit's first public response, over the API or seen on the forum ({@code postId}). */
@Revision("1")
public record CaseAcknowledgedEvent(String caseId, String unitId, Channel channel, String postId, String acknowledgedBy,
                                    String note, Instant acknowledgedAt) {
}
