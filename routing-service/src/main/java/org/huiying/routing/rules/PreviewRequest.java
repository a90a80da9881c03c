package org.huiying.routing.rules;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

@Schema(description = "A post as a scraper would send it, to see where the rules would send it")
public record PreviewRequest(@Schema(example = "anji-bbs") String source,
                             @Schema(example = "递铺论坛") String board,
                             @Size(max = 1000) @Schema(example = "胜利西路红绿灯时间太短") String title,
                             @Size(max = 100000) @Schema(example = "老人过马路很危险，请县交通运输局看看") String body) {
}
