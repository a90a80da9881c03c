package org.huiying.sla.breaches;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.huiying.support.web.PeriodLimits;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@RestController
@Tag(name = "Breaches 超期统计", description = "Deadlines missed per unit and month, by kind (response, answer, "
        + "progress, sensitive-report), charged to the unit that held the case at the due time")
public class BreachController {

    private static final String PERIOD_HELP = "period=2026-03 (a month) or 2026 (a year), or from=2026-01&to=2026-03";

    private final BreachStore store;
    private final PeriodLimits limits;

    public BreachController(BreachStore store, PeriodLimits limits) {
        this.store = store;
        this.limits = limits;
    }

    @GetMapping("/api/units/{unitId}/breaches")
    @Operation(summary = "A unit's breaches 单位超期统计", description = PERIOD_HELP
            + ". Counts per kind and per month, and the breaches themselves (case, kind, due time).")
    public Mono<UnitBreaches> unit(@PathVariable String unitId, @RequestParam(required = false) String period,
                                   @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to) {
        BreachPeriod range = BreachPeriod.parse(period, from, to, limits);
        return Mono.fromCallable(() -> {
            List<MonthCounts> months = new ArrayList<>();
            List<Breach> breaches = new ArrayList<>();
            range.months().forEach(month -> {
                List<Breach> mine = store.of(month).stream().filter(b -> b.unitId().equals(unitId)).toList();
                months.add(new MonthCounts(month.toString(), Counts.of(mine)));
                breaches.addAll(mine);
            });
            breaches.sort(Comparator.comparing(Breach::dueAt).thenComparing(Breach::caseId));
            return new UnitBreaches(unitId, range.from().toString(), range.to().toString(), Counts.of(breaches),
                    months, breaches);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/api/breaches")
    @Operation(summary = "Every unit's breaches 各单位超期统计", description = PERIOD_HELP
            + ". One row per unit with breaches, most breaches first.")
    public Mono<AllBreaches> all(@RequestParam(required = false) String period,
                                 @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to) {
        BreachPeriod range = BreachPeriod.parse(period, from, to, limits);
        return Mono.fromCallable(() -> {
            Map<String, List<Breach>> byUnit = new TreeMap<>();
            range.months().forEach(month -> store.of(month)
                    .forEach(b -> byUnit.computeIfAbsent(b.unitId(), u -> new ArrayList<>()).add(b)));
            List<UnitRow> units = byUnit.entrySet().stream()
                    .map(e -> new UnitRow(e.getKey(), Counts.of(e.getValue())))
                    .sorted(Comparator.comparingLong((UnitRow row) -> row.counts().total()).reversed()
                            .thenComparing(UnitRow::unitId))
                    .toList();
            return new AllBreaches(range.from().toString(), range.to().toString(), units);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /** Breaches by kind; {@code total} is their sum. */
    public record Counts(long response, long answer, long progress, long sensitiveReport, long total) {

        static Counts of(List<Breach> breaches) {
            long response = count(breaches, BreachKinds.RESPONSE);
            long answer = count(breaches, BreachKinds.ANSWER);
            long progress = count(breaches, BreachKinds.PROGRESS);
            long sensitive = count(breaches, BreachKinds.SENSITIVE_REPORT);
            return new Counts(response, answer, progress, sensitive, response + answer + progress + sensitive);
        }

        private static long count(List<Breach> breaches, String kind) {
            return breaches.stream().filter(b -> b.kind().equals(kind)).mapToLong(Breach::count).sum();
        }
    }

    public record MonthCounts(String month, Counts counts) {
    }

    public record UnitBreaches(String unitId, String from, String to, Counts counts, List<MonthCounts> months,
                               List<Breach> breaches) {
    }

    public record UnitRow(String unitId, Counts counts) {
    }

    public record AllBreaches(String from, String to, List<UnitRow> units) {
    }
}
