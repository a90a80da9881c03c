package org.huiying.reporting.monthly;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** 每月月底总结: the month's cases by kind, severity, source, board and unit, against the month before. */
@Schema(description = "月度总结 Monthly summary")
public record MonthlySummary(
        @Schema(description = "月份 yyyy-MM") String month,
        @Schema(description = "上月 yyyy-MM") String previousMonth,
        @Schema(description = "本月受理 cases posted this month") int received,
        @Schema(description = "上月受理") int previousReceived,
        @Schema(description = "环比增减 change in cases") int change,
        @Schema(description = "环比增长率 change / previousReceived; null when last month had none") Double changeRate,
        @Schema(description = "按类型 by kind") List<CountLine> byKind,
        @Schema(description = "按等级 by severity") List<CountLine> bySeverity,
        @Schema(description = "按来源 by source forum") List<CountLine> bySource,
        @Schema(description = "按版块 by board") List<CountLine> byBoard,
        @Schema(description = "按单位 by current lead unit") List<CountLine> byUnit,
        @Schema(description = "热点话题 busiest topics of the titles") List<Topic> busiestTopics) {
}
