package org.huiying.sla.deadline;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.huiying.contracts.sla.DeadlineKind;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("open-deadlines")
public class OpenDeadlinesProjection {

    private final OpenDeadlines open;

    public OpenDeadlinesProjection(OpenDeadlines open) {
        this.open = open;
    }

    @EventHandler
    void on(CaseClockStartedEvent event) {
        open.started(event.caseId(), event.responseDueAt(), event.answerDueAt());
    }

    @EventHandler
    void on(UnitChargedEvent event) {
        open.charged(event.caseId(), event.unitId());
    }

    @EventHandler
    void on(DeadlineMissedEvent event) {
        open.missed(event.caseId(), event.deadline() == DeadlineKind.RESPONSE ? "response" : "answer");
    }
}
