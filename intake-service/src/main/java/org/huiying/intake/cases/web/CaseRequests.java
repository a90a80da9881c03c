package org.huiying.intake.cases.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.huiying.contracts.intake.CaseKind;
import org.huiying.contracts.intake.Satisfaction;
import org.huiying.contracts.intake.Severity;

import java.time.Instant;

/** The bodies of intake's write endpoints. */
final class CaseRequests {

    static final String KINDS = "complaint 投诉 · suggestion 建议 · opinion 意见 · consultation 咨询 · "
            + "service-request 网上办事 · other 其他";
    static final String SEVERITIES = "general 一般 · significant 较大 · major 重大 · critical 特别重大";
    static final String RATINGS = "satisfied 满意 · basically-satisfied 基本满意 · dissatisfied 不满意";

    private CaseRequests() {
    }

    @Schema(description = "A post the office enters by hand (e.g. from a letter or a phone call)")
    record NewCase(@NotBlank String title, @NotBlank String body, String board, String url,
                   @Schema(description = "the netizen's name or handle; personal data, never shown unauthenticated")
                   String author,
                   @Schema(description = "when the netizen posted; now if absent") Instant postedAt) {
    }

    record Classification(
            @NotNull @Schema(description = KINDS, allowableValues = {"complaint", "suggestion", "opinion",
                    "consultation", "service-request", "other"}) CaseKind kind,
            @NotNull @Schema(description = SEVERITIES, allowableValues = {"general", "significant", "major",
                    "critical"}) Severity severity,
            @NotBlank @Schema(description = "why the office classifies differently 改判理由") String reason) {
    }

    record Acknowledgement(@Schema(description = "what the unit said 响应内容") String note) {
    }

    record Progress(@NotBlank @Schema(description = "进展通报") String summary) {
    }

    record InformationRequest(@NotBlank @Schema(description = "what the netizen is asked to add, as said publicly "
            + "请网民补充的内容") String text) {
    }

    record Draft(@NotBlank @Schema(description = "答复文本") String text) {
    }

    record Return(@NotBlank @Schema(description = "退回意见") String comment) {
    }

    record FromReply(@NotBlank @Schema(description = "the scraped reply's post id") String postId,
                     @Schema(description = "no longer accepted (400): the approver signs in and approves",
                             deprecated = true) String approvedBy) {
    }

    record Rating(
            @NotNull @Schema(description = RATINGS, allowableValues = {"satisfied", "basically-satisfied",
                    "dissatisfied"}) Satisfaction satisfaction,
            @Min(1) @Max(5) @Schema(description = "解决程度 resolution, 1–5") Integer resolution,
            @Min(1) @Max(5) @Schema(description = "办理态度 attitude, 1–5") Integer attitude,
            @Min(1) @Max(5) @Schema(description = "办理速度 speed, 1–5") Integer speed) {
    }

    record Implementation(
            @NotNull @Pattern(regexp = "office|netizen")
            @Schema(description = "who confirmed: office 舆情办 or netizen 网民 (entered by the office)",
                    allowableValues = {"office", "netizen"}) String confirmedBy) {
    }

    record Created(String caseId) {
    }
}
