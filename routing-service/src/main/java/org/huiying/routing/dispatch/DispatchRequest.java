package org.huiying.routing.dispatch;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

import java.util.List;

@Schema(description = "批办: the lead unit, the co-units (the signed-in user decides)")
public record DispatchRequest(@NotBlank @Schema(description = "牵头单位 lead unit id", example = "jiaotong")
                              String leadUnitId,
                              @Schema(description = "协办单位 co-unit ids", example = "[\"dipu\"]")
                              List<String> coUnitIds,
                              @Schema(description = "ignored, kept for old clients: the signed-in user is recorded as"
                                      + " the one who decided", deprecated = true)
                              String decidedBy) {
}
