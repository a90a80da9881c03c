package org.huiying.reporting.casefacts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.huiying.reporting.units.UnitNames;
import org.huiying.support.domain.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

@RestController
@RequestMapping("/api/units")
@Tag(name = "Units 责任单位", description = "Per-unit case counts: received 受理, open 未办结, overdue 超期")
public class UnitSummaryController {

    private final ReadModels models;
    private final UnitNames names;

    public UnitSummaryController(ReadModels models, UnitNames names) {
        this.models = models;
        this.names = names;
    }

    @GetMapping
    @Operation(summary = "Every unit's counts 各单位受理、未办结、超期件数")
    public Mono<List<UnitSummary>> all() {
        return Mono.fromCallable(() -> {
            Map<String, String> units = names.all();
            Map<String, UnitSummary> figures = summaries(units.keySet());
            return units.entrySet().stream().map(unit -> figures.getOrDefault(unit.getKey(),
                    UnitSummary.empty(unit.getKey(), null)).named(unit.getValue())).toList();
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/{unitId}/summary")
    @Operation(summary = "One unit's counts 单位受理、未办结、超期件数")
    public Mono<UnitSummary> one(@PathVariable String unitId) {
        return Mono.fromCallable(() -> {
            String name = names.nameOf(unitId).orElse(null);
            UnitSummary summary = Optional.ofNullable(summaries(List.of(unitId)).get(unitId))
                    .map(s -> s.named(name)).orElse(null);
            if (summary == null && name == null) {
                throw new NotFoundException("No unit " + unitId);
            }
            return summary != null ? summary : UnitSummary.empty(unitId, name);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private Map<String, UnitSummary> summaries(Collection<String> unitIds) {
        Map<String, UnitSummary> summaries = new HashMap<>();
        models.active().figures().find(unitIds.stream().map(FigureDocuments::allTimeId).toList())
                .forEach((id, sets) -> {
                    String unitId = id.substring(0, id.lastIndexOf('|'));
                    summaries.put(unitId, new UnitSummary(unitId, null, sets.get(Figure.RECEIVED).size(),
                            sets.get(Figure.OPEN).size(), sets.get(Figure.OVERDUE).size()));
                });
        return summaries;
    }
}
