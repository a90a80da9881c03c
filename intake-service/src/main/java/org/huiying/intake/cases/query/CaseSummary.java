package org.huiying.intake.cases.query;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * What the office and the units see of a case. Deliberately without the author's handle (personal data).
 */
public record CaseSummary(
        String caseId,
        @Schema(description = "received 已受理 · acknowledged 已响应 · answered 已答复 · reopened 重办 · closed 已办结",
                allowableValues = {"received", "acknowledged", "answered", "reopened", "closed"})
        String status,
        String source, String threadId, String postId, String url, String board, String title,
        Instant postedAt, Instant scrapedAt, Instant receivedAt,
        @Schema(description = "forum 论坛 (scraped) · api 接口 (entered)") String channel,
        @Schema(description = "complaint 投诉 · suggestion 建议 · opinion 意见 · consultation 咨询 · "
                + "service-request 网上办事 · other 其他") String kind,
        @Schema(description = "general 一般 · significant 较大 · major 重大 · critical 特别重大") String severity,
        @Schema(description = "keyword-rules, or the office user who reclassified") String classifiedBy,
        @Schema(description = "assigned 已批办 · awaiting-triage 待分办 · returned 已退回") String assignment,
        String leadUnitId, List<String> coUnitIds, Instant assignedAt,
        Instant acknowledgedAt, String acknowledgedVia, int followUps, int progressReports,
        @Schema(description = "drafted 已起草 · reply-marked 已认定跟帖待审核 · approved 已审核 · returned 已退回修改")
        String answerDraft,
        Instant answeredAt, String answeredBy, String answerApprovedBy,
        @Schema(description = "satisfied 满意 · basically-satisfied 基本满意 · dissatisfied 不满意")
        String satisfaction,
        Instant ratedAt, Instant implementationConfirmedAt, int reopenings, Instant closedAt, String closeReason) {
}
