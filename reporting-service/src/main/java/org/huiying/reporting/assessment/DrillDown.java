package org.huiying.reporting.assessment;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The cases behind one figure of one unit: the count is the number of cases listed. */
@Schema(description = "明细 The cases behind one figure")
public record DrillDown(String unitId, String unitName, String period, Instant asOf, String figure,
                        @Schema(description = "指标名称") String label, int count, List<CaseLine> cases) {
}
