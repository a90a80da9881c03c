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

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/units")
@Tag(name = "Units 责任单位", description = "Per-unit case counts: received 受理, open 未办结, overdue 超期")
public class UnitSummaryController {

    private final UnitMembership membership;
    private final UnitNames names;

    public UnitSummaryController(UnitMembership membership, UnitNames names) {
        this.membership = membership;
        this.names = names;
    }

    @GetMapping
    @Operation(summary = "Every unit's counts 各单位受理、未办结、超期件数")
    public Mono<List<UnitSummary>> all() {
        return Mono.fromCallable(() -> names.all().entrySet().stream().map(this::summaryOf).toList())
                .subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/{unitId}/summary")
    @Operation(summary = "One unit's counts 单位受理、未办结、超期件数")
    public Mono<UnitSummary> one(@PathVariable String unitId) {
        return Mono.fromCallable(() -> {
            String name = names.nameOf(unitId).orElse(null);
            UnitSummary summary = membership.summary(unitId).map(s -> s.named(name)).orElse(null);
            if (summary == null && name == null) {
                throw new NotFoundException("No unit " + unitId);
            }
            return summary != null ? summary : UnitSummary.empty(unitId, name);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private UnitSummary summaryOf(Map.Entry<String, String> unit) {
        return membership.summary(unit.getKey()).map(s -> s.named(unit.getValue()))
                .orElse(UnitSummary.empty(unit.getKey(), unit.getValue()));
    }
}
