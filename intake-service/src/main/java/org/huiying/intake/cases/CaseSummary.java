package org.huiying.intake.cases;

import java.time.Instant;
import java.util.List;

/**
 * What the office and the units see of a case. Deliberately without the author's handle (personal data).
 *
 * @param status     where the case is in its life: {@code received} until more of the lifecycle exists
 * @param assignment {@code assigned}, {@code awaiting-triage}, or null before routing has decided
 */
public record CaseSummary(String caseId, String status, String source, String threadId, String postId, String url,
                          String board, String title, Instant postedAt, Instant scrapedAt, Instant receivedAt,
                          String channel, String assignment, String leadUnitId, List<String> coUnitIds,
                          Instant assignedAt) {
}
