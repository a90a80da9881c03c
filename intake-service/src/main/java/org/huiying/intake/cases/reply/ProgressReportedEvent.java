package org.huiying.intake.cases.reply;

import org.axonframework.serialization.Revision;
import org.huiying.contracts.intake.Channel;

import java.time.Instant;

/** 跟帖通报进展: a public progress update by a unit, over the API or seen on the forum ({@code postId}). */
@Revision("1")
public record ProgressReportedEvent(String caseId, String unitId, Channel channel, String postId, String reportedBy,
                                    String summary, Instant reportedAt) {
}
