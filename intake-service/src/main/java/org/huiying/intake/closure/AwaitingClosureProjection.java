package org.huiying.intake.closure;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.huiying.intake.cases.answer.AnswerPublishedEvent;
import org.huiying.intake.cases.outcome.CaseClosedEvent;
import org.huiying.intake.cases.outcome.CaseReopenedEvent;
import org.springframework.stereotype.Component;

/** An answered case waits for closure until it is closed or reopened. */
@Component
@ProcessingGroup("awaiting-closure")
public class AwaitingClosureProjection {

    private final AwaitingClosure awaiting;

    public AwaitingClosureProjection(AwaitingClosure awaiting) {
        this.awaiting = awaiting;
    }

    @EventHandler
    void on(AnswerPublishedEvent event) {
        awaiting.add(event.caseId(), event.publishedAt());
    }

    @EventHandler
    void on(CaseClosedEvent event) {
        awaiting.remove(event.caseId());
    }

    @EventHandler
    void on(CaseReopenedEvent event) {
        awaiting.remove(event.caseId());
    }
}
