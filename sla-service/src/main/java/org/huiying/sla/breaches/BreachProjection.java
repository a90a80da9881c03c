package org.huiying.sla.breaches;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.huiying.contracts.sla.EscalationStep;
import org.huiying.sla.clock.CaseEscalatedEvent;
import org.huiying.sla.clock.DeadlineMetEvent;
import org.huiying.sla.clock.DeadlineMissedEvent;
import org.huiying.sla.clock.ProgressFigureChangedEvent;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the breaches per unit and month from the CaseClock's events: every deadline missed (response, answer,
 * progress update) and every sensitive incident not reported in time, charged to the unit the event names.
 */
@Component
@ProcessingGroup("unit-breaches")
public class BreachProjection {

    private final BreachStore store;
    private final Map<String, Counter> missed = new TreeMap<>();

    public BreachProjection(BreachStore store, MeterRegistry meters) {
        this.store = store;
        for (String kind : BreachKinds.ALL) {
            missed.put(kind, Counter.builder("huiying.sla.deadlines.missed")
                    .description("Deadlines missed (超期) by kind, each breach once").tag("deadline", kind)
                    .register(meters));
        }
    }

    @EventHandler
    void on(DeadlineMissedEvent event) {
        if (event.replaces() != null && !event.replaces().dueAt().equals(event.dueAt())) {
            store.remove(new Breach(event.caseId(), null, BreachKinds.of(event.deadline()), event.round(),
                    event.replaces().dueAt()));
        }
        record(new Breach(event.caseId(), event.unitId(), BreachKinds.of(event.deadline()), event.round(),
                event.dueAt()));
    }

    /** A deadline judged missed on what was known turned out met: its breach is taken back. */
    @EventHandler
    void on(DeadlineMetEvent event) {
        if (event.replaces() != null && event.replaces().missed()) {
            store.remove(new Breach(event.caseId(), null, BreachKinds.of(event.deadline()), event.round(),
                    event.replaces().dueAt()));
        }
    }

    @EventHandler
    void on(ProgressFigureChangedEvent event) {
        List<Breach> entries = event.figure().byUnitMonth().stream()
                .map(entry -> new Breach(event.caseId(), entry.unitId(), BreachKinds.PROGRESS, event.round(),
                        entry.firstDueAt(), entry.count()))
                .toList();
        int more = store.replaceProgress(event.caseId(), event.round(), entries);
        if (more > 0) {
            missed.get(BreachKinds.PROGRESS).increment(more);
        }
    }

    @EventHandler
    void on(CaseEscalatedEvent event) {
        if (event.step() == EscalationStep.SENSITIVE_REPORT_OVERDUE) {
            record(new Breach(event.caseId(), event.unitId(), BreachKinds.SENSITIVE_REPORT, event.round(),
                    event.dueAt()));
        }
    }

    private void record(Breach breach) {
        if (store.record(breach)) {
            missed.get(breach.kind()).increment();
        }
    }
}
