package org.huiying.reporting.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.huiying.reporting.casefacts.Figure;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

@RestController
@RequestMapping("/api/assessment")
@Tag(name = "Assessment 年度考核", description = "各单位答复率、按时办结率、满意率、得分与排名。Per-unit counts, rates "
        + "(answerRate = answered / received; responseOnTimeRate = acknowledgedOnTime / received; onTimeAnswerRate = "
        + "answeredOnTime / received; satisfactionRate = (satisfied + basicallySatisfied) / rated; implementationRate = "
        + "implemented / answered; all configurable under huiying.assessment), weighted score and rank.")
public class AssessmentController {

    private final AssessmentService assessments;
    private final Periods periods;

    public AssessmentController(AssessmentService assessments, Periods periods) {
        this.assessments = assessments;
        this.periods = periods;
    }

    @GetMapping
    @Operation(summary = "考核结果 The assessment of every unit for a period",
            description = "A case counts in the period it was posted in (configured zone) for its current lead unit. "
                    + "Rates are null when their denominator is 0.")
    public Mono<Assessment> assessment(
            @Parameter(description = "考核期: 2025, 2025-03 or 2025-Q1") @RequestParam(required = false) String period,
            @Parameter(description = "起始日期 yyyy-MM-dd (with 'to')") @RequestParam(required = false) String from,
            @Parameter(description = "截止日期 yyyy-MM-dd, inclusive") @RequestParam(required = false) String to,
            @Parameter(description = "数据截至: the figures as they stood at this instant, e.g. 2025-07-01T00:00:00Z")
            @RequestParam(required = false) String asOf) {
        return Mono.fromCallable(() -> assessments.assess(periods.parse(period, from, to), instant(asOf)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/units/{unitId}/cases")
    @Operation(summary = "指标明细 The cases behind one figure of one unit",
            description = "figure is one of the count fields of the assessment, or open / overdue.")
    public Mono<DrillDown> cases(
            @PathVariable String unitId,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String asOf,
            @Parameter(description = "指标, e.g. answeredOnTime") @RequestParam(required = false) String figure) {
        return Mono.fromCallable(() -> assessments.drillDown(periods.parse(period, from, to), instant(asOf), unitId,
                figure(figure))).subscribeOn(Schedulers.boundedElastic());
    }

    static Instant instant(String asOf) {
        if (asOf == null) {
            return null;
        }
        try {
            return Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            throw Period.invalid("asOf", "'" + asOf + "' is not an instant; use e.g. 2025-07-01T00:00:00Z");
        }
    }

    static Figure figure(String key) {
        return Figure.byKey(key == null ? "" : key).orElseThrow(() -> Period.invalid("figure", "'" + key
                + "' is not a figure; use one of " + Arrays.stream(Figure.values()).map(Figure::key)
                .collect(Collectors.joining(", "))));
    }
}
