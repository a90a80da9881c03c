package org.huiying.intake.cases;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps {@link CaseSummary} up to date from the Case aggregate's events. */
@Component
@ProcessingGroup("case-summary")
public class CaseSummaryProjection {

    private final CaseSummaryRepository summaries;
    private final MeterRegistry meters;

    public CaseSummaryProjection(CaseSummaryRepository summaries, MeterRegistry meters) {
        this.summaries = summaries;
        this.meters = meters;
    }

    @EventHandler
    void on(PostReceivedEvent event) {
        if (summaries.recordReceived(event)) {
            Counter.builder("huiying.intake.posts.received")
                    .description("Cases opened from netizens' posts (resent posts not counted)")
                    .tag("source", event.source())
                    .register(meters).increment();
        }
    }
}
