package org.huiying.routing.dispatch;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

import java.util.List;

@Schema(description = "批办: the lead unit, the co-units and who decided")
public record DispatchRequest(@NotBlank @Schema(description = "牵头单位 lead unit id", example = "jiaotong")
                              String leadUnitId,
                              @Schema(description = "协办单位 co-unit ids", example = "[\"dipu\"]")
                              List<String> coUnitIds,
                              @NotBlank @Schema(description = "批办人 who decided", example = "舆情办 李明")
                              String decidedBy) {
}
