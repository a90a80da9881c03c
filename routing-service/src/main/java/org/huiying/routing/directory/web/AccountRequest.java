package org.huiying.routing.directory.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

@Schema(description = "A registered forum account 备案网名")
public record AccountRequest(@NotBlank @Schema(example = "anji-bbs") String source,
                             @NotBlank @Schema(example = "安吉水利") String handle,
                             @Schema(description = "经办人 who makes the change (required when registering or"
                                     + " removing an account on its own)") String changedBy) {
}
