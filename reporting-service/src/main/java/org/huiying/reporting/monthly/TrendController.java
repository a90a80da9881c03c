package org.huiying.reporting.monthly;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.huiying.reporting.assessment.AssessmentService;
import org.huiying.reporting.assessment.Period;
import org.huiying.reporting.assessment.Periods;
import org.huiying.reporting.assessment.UnitAssessment;
import org.huiying.support.web.InvalidParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports 月度总结")
public class TrendController {

    private final AssessmentService assessments;
    private final Periods periods;

    public TrendController(AssessmentService assessments, Periods periods) {
        this.assessments = assessments;
        this.periods = periods;
    }

    @GetMapping("/trend")
    @Operation(summary = "月度趋势 Cases, answers and rates month by month for a year (all units)")
    public Mono<List<MonthTrend>> trend(@Parameter(description = "年份 e.g. 2025") @RequestParam(required = false)
                                        String year) {
        return Mono.fromCallable(() -> {
            Period period = periods.parse("year", year == null ? "" : year);
            if (period.months().size() != 12) {
                throw new InvalidParameterException("year", "'" + year + "' is not a year");
            }
            List<MonthTrend> months = new ArrayList<>();
            for (YearMonth month : period.months()) {
                months.add(month(month));
            }
            return months;
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private MonthTrend month(YearMonth month) {
        List<UnitAssessment> units = assessments.assess(Period.parse(month.toString()), null).units();
        int received = units.stream().mapToInt(UnitAssessment::received).sum();
        int answered = units.stream().mapToInt(UnitAssessment::answered).sum();
        int rated = units.stream().mapToInt(UnitAssessment::rated).sum();
        int content = units.stream().mapToInt(u -> u.satisfied() + u.basicallySatisfied()).sum();
        return new MonthTrend(month.toString(), received, answered,
                received == 0 ? null : (double) answered / received, rated == 0 ? null : (double) content / rated);
    }
}
