package org.huiying.reporting.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@RequestMapping("/api/admin/rebuild")
@Tag(name = "Admin 重建", description = "从各主题的第一条事件重放，重建报表数据；追平后才切换。Replays every topic into a "
        + "fresh read model and switches over once it has caught up.")
public class RebuildController {

    private final RebuildService rebuilds;

    public RebuildController(RebuildService rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping
    @Operation(summary = "开始重建 Start a rebuild (202; 409 while one runs)")
    public Mono<ResponseEntity<RebuildStatus>> start() {
        return Mono.fromCallable(() -> ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuilds.start()))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping
    @Operation(summary = "重建进度 Where the last rebuild stands")
    public RebuildStatus status() {
        return rebuilds.status();
    }
}
