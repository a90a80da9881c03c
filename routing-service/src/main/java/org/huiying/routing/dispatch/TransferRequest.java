package org.huiying.routing.dispatch;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

import java.util.List;

@Schema(description = "转办: the new lead unit, its co-units, the reason (the signed-in user decides)")
public record TransferRequest(@NotBlank @Schema(description = "新牵头单位 new lead unit id", example = "jiaotong")
                              String toUnitId,
                              @Schema(description = "协办单位 co-unit ids") List<String> coUnitIds,
                              @NotBlank @Schema(description = "转办理由 reason", example = "信号配时由交通部门负责")
                              String reason,
                              @Schema(description = "ignored, kept for old clients: the signed-in user is recorded as"
                                      + " the one who decided", deprecated = true)
                              String decidedBy) {
}
