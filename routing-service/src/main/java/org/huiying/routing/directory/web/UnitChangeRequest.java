package org.huiying.routing.directory.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.huiying.contracts.routing.UnitKind;

import java.util.List;

@Schema(description = "A unit's particulars as they should be; its accounts stay 修改单位信息")
public record UnitChangeRequest(@NotBlank String name,
                                @NotNull @Schema(description = "township | department") UnitKind kind,
                                String parentId, String spokesperson, String liaison, String contact,
                                List<@NotBlank String> addressedAs,
                                @Schema(description = "ignored, kept for old clients: the signed-in user is"
                                        + " recorded", deprecated = true) String changedBy) {
}
