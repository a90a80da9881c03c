package org.huiying.routing.directory.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.huiying.contracts.routing.UnitKind;

import java.util.List;

@Schema(description = "A new unit of the directory 新增单位")
public record UnitRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]*")
                          @Schema(example = "shuili") String id,
                          @NotBlank @Schema(example = "县水利局") String name,
                          @NotNull @Schema(description = "township | department") UnitKind kind,
                          @Schema(description = "上级单位 parent unit id") String parentId,
                          @Schema(description = "网络发言人 spokesperson") String spokesperson,
                          @Schema(description = "联络员 liaison") String liaison,
                          @Schema(description = "联系方式 contact") String contact,
                          @Schema(description = "其他称呼（首问负责）other names a post may address it by")
                          List<@NotBlank String> addressedAs,
                          @Schema(description = "网名备案 registered forum accounts")
                          List<@Valid AccountRequest> accounts,
                          @Schema(description = "ignored, kept for old clients: the signed-in user is recorded",
                                  deprecated = true) String changedBy) {
}
