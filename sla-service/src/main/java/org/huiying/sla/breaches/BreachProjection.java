package org.huiying.sla.breaches;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.huiying.contracts.sla.EscalationStep;
import org.huiying.sla.clock.CaseEscalatedEvent;
import org.huiying.sla.clock.DeadlineMissedEvent;
import org.springframework.stereotype.Component;

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
        record(new Breach(event.caseId(), event.unitId(), BreachKinds.of(event.deadline()), event.round(),
                event.dueAt()));
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
