package org.huiying.intake.cases.answer;

import org.axonframework.serialization.Revision;
import org.huiying.contracts.intake.Channel;

import java.time.Instant;

/** 办结答复: the approved final answer is public (published over the API, or a scraped reply marked as such). */
@Revision("1")
public record AnswerPublishedEvent(String caseId, String unitId, Channel channel, String postId, String text,
                                   String draftedBy, String approvedBy, String publishedBy, Instant publishedAt) {
}
