package org.huiying.intake.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.huiying.support.domain.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases 案件", description = "Netizens' posts as cases 网民诉求案件")
public class CaseController {

    private final CaseSummaryRepository summaries;

    public CaseController(CaseSummaryRepository summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/{caseId}")
    @Operation(summary = "One case 案件详情",
            description = "Case id is <source>:<threadId>. The netizen's handle is never included.")
    public Mono<CaseSummary> get(@PathVariable String caseId) {
        return Mono.fromCallable(() -> summaries.find(caseId)
                        .orElseThrow(() -> new NotFoundException("No case " + caseId)))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
