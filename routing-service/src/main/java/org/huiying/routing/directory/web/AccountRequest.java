package org.huiying.routing.directory.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

@Schema(description = "A registered forum account 备案网名")
public record AccountRequest(@NotBlank @Schema(example = "anji-bbs") String source,
                             @NotBlank @Schema(example = "安吉水利") String handle,
                             @Schema(description = "ignored, kept for old clients: the signed-in user is recorded",
                                     deprecated = true) String changedBy) {
}
