package org.huiying.reporting.assessment;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** 年度考核: every unit's figures for one period, ranked, with the policy that computed them. */
@Schema(description = "考核结果 The assessment of every unit for a period")
public record Assessment(
        @Schema(description = "考核期 e.g. 2025, 2025-03, 2025-Q1, 2025-01-01/2025-06-30") String period,
        @Schema(description = "数据截至 the figures as they stood at this instant (UTC)") Instant asOf,
        @Schema(description = "计算口径 formulas, weights and ranking rule") Map<String, Object> policy,
        @Schema(description = "各单位，按排名 units, by rank") List<UnitAssessment> units) {
}
