package org.huiying.routing.dispatch;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

@Schema(description = "退回: the lead unit hands the case back, with a reason")
public record ReturnRequest(@Schema(description = "退回单位 the lead unit's id: a unit user's own unit when left out;"
                                    + " required when the office returns for a unit", example = "dipu")
                            String unitId,
                            @NotBlank @Schema(description = "退回理由 reason", example = "属于县交通运输局职责范围")
                            String reason) {
}
