package org.huiying.routing.triage;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.huiying.routing.assignment.CaseAssignedEvent;
import org.huiying.routing.assignment.CaseFlaggedAsProblemEvent;
import org.huiying.routing.assignment.CaseQueuedForTriageEvent;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicLong;

/** Keeps the triage queue and its gauge from the Assignment aggregate's events. */
@Component
@ProcessingGroup("triage-queue")
public class TriageQueueProjection {

    private final TriageQueue queue;
    private final AtomicLong waiting;

    public TriageQueueProjection(TriageQueue queue, MeterRegistry meters) {
        this.queue = queue;
        this.waiting = new AtomicLong(queue.size());
        Gauge.builder("huiying.routing.triage.cases", waiting, AtomicLong::get)
                .description("Cases waiting in the office's triage queue (待分办)")
                .register(meters);
    }

    @EventHandler
    void on(CaseQueuedForTriageEvent event) {
        queue.add(event.caseId(), event.reason(), event.queuedAt());
        waiting.set(queue.size());
    }

    @EventHandler
    void on(CaseAssignedEvent event) {
        queue.remove(event.caseId());
        waiting.set(queue.size());
    }

    @EventHandler
    void on(CaseFlaggedAsProblemEvent event) {
        queue.markProblem(event.caseId());
    }
}
