package org.huiying.routing.directory.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

@Schema(description = "Who makes the change 经办人")
public record ChangedByRequest(@NotBlank @Schema(example = "舆情办 李明") String changedBy) {
}
