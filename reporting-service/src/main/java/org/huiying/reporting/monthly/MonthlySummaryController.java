package org.huiying.reporting.monthly;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.huiying.reporting.assessment.Periods;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports 月度总结", description = "每月月底总结：按类型、等级、来源、版块、单位统计，环比，热点话题。")
public class MonthlySummaryController {

    private final MonthlySummaryService summaries;
    private final Periods periods;

    public MonthlySummaryController(MonthlySummaryService summaries, Periods periods) {
        this.summaries = summaries;
        this.periods = periods;
    }

    @GetMapping("/monthly")
    @Operation(summary = "月度总结 The monthly summary",
            description = "Cases posted in the month (configured zone): counts by kind, severity, source, board and "
                    + "current lead unit, each against the month before, and the busiest topics of the titles.")
    public Mono<MonthlySummary> monthly(
            @Parameter(description = "月份 yyyy-MM, e.g. 2025-03") @RequestParam(required = false) String month) {
        return Mono.fromCallable(() -> summaries.summary(periods.month("month", month)))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
