package org.huiying.sla.backlog;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.huiying.sla.deadline.OpenDeadlines;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code huiying_sla_backlog_cases{unit, state}}: open cases per unit and state, for the backlog dashboard. Cases
 * not yet charged to a unit are shown as unit {@value #UNASSIGNED}.
 */
@Component
public class BacklogGauges {

    public static final String UNASSIGNED = "unassigned";
    private static final List<String> STATES = List.of("awaiting_response", "awaiting_answer", "overdue");

    private final OpenDeadlines open;
    private final MultiGauge gauge;

    public BacklogGauges(OpenDeadlines open, MeterRegistry meters) {
        this.open = open;
        this.gauge = MultiGauge.builder("huiying.sla.backlog.cases")
                .description("Open cases per unit and state (积压)")
                .register(meters);
    }

    public void refresh() {
        Map<String, Map<String, Long>> counts = open.all().stream().collect(Collectors.groupingBy(
                openCase -> openCase.unitId() == null ? UNASSIGNED : openCase.unitId(), TreeMap::new,
                Collectors.groupingBy(openCase -> openCase.overdue() ? "overdue" : "awaiting_response",
                        Collectors.counting())));
        gauge.register(counts.entrySet().stream()
                .flatMap(unit -> STATES.stream().map(state -> MultiGauge.Row.of(
                        Tags.of("unit", unit.getKey(), "state", state),
                        unit.getValue().getOrDefault(state, 0L))))
                .toList(), true);
    }
}
