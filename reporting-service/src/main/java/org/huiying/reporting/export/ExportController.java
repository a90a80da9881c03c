package org.huiying.reporting.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.huiying.reporting.assessment.AssessmentService;
import org.huiying.reporting.assessment.Period;
import org.huiying.reporting.assessment.Periods;
import org.huiying.reporting.monthly.MonthlySummaryService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

@RestController
@Tag(name = "Exports 导出", description = "考核结果与月度总结导出为 CSV（UTF-8 带 BOM）或 XLSX，中文表头。")
public class ExportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AssessmentService assessments;
    private final MonthlySummaryService summaries;
    private final Periods periods;

    public ExportController(AssessmentService assessments, MonthlySummaryService summaries, Periods periods) {
        this.assessments = assessments;
        this.summaries = summaries;
        this.periods = periods;
    }

    @GetMapping("/api/assessment/export")
    @Operation(summary = "导出考核结果 The assessment as CSV or XLSX")
    public Mono<ResponseEntity<byte[]>> assessment(
            @RequestParam(required = false) String period, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String asOf,
            @Parameter(description = "csv or xlsx") @RequestParam(defaultValue = "xlsx") String format) {
        return export(format, () -> {
            Period p = periods.parse(period, from, to);
            return ReportTables.assessment(assessments.assess(p, instant(asOf)));
        }, "assessment");
    }

    @GetMapping("/api/reports/monthly/export")
    @Operation(summary = "导出月度总结 The monthly summary as CSV or XLSX")
    public Mono<ResponseEntity<byte[]>> monthly(
            @RequestParam(required = false) String month,
            @Parameter(description = "csv or xlsx") @RequestParam(defaultValue = "xlsx") String format) {
        return export(format, () -> ReportTables.monthly(summaries.summary(periods.month("month", month))), "monthly");
    }

    private Mono<ResponseEntity<byte[]>> export(String format, Supplier<Table> table, String name) {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            return Mono.error(new ServerWebInputException("Invalid parameter 'format': '" + format
                    + "' is not a format; use csv or xlsx"));
        }
        return Mono.fromCallable(() -> {
            Table t = table.get();
            boolean csv = format.equals("csv");
            byte[] body = csv ? CsvWriter.write(t) : XlsxWriter.write(t);
            String file = "huiying-" + name + "-" + t.title().substring(t.title().indexOf(' ') + 1)
                    .replace('/', '_') + "." + format;
            return ResponseEntity.ok().contentType(csv ? CSV : XLSX)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(file, StandardCharsets.UTF_8).build().toString())
                    .body(body);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private static Instant instant(String asOf) {
        if (asOf == null) {
            return null;
        }
        try {
            return Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new ServerWebInputException("Invalid parameter 'asOf': '" + asOf + "' is not an instant");
        }
    }
}
