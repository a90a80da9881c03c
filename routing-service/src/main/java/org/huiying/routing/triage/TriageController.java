package org.huiying.routing.triage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;

@RestController
@RequestMapping("/api/triage")
@Tag(name = "Triage 待分办", description = "Cases no routing rule could place, waiting for the office")
public class TriageController {

    private final TriageQueue queue;

    public TriageController(TriageQueue queue) {
        this.queue = queue;
    }

    @GetMapping
    @Operation(summary = "The triage queue, oldest first 待分办案件（按等待时间）")
    public Mono<List<TriageEntry>> waiting() {
        return Mono.fromCallable(queue::waiting).subscribeOn(Schedulers.boundedElastic());
    }
}
