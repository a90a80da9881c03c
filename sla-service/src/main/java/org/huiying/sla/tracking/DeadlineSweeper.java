package org.huiying.sla.tracking;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.huiying.sla.clock.SweepCaseClockCommand;
import org.huiying.sla.clock.SweepOutcome;
import org.huiying.sla.watermark.SourceWatermarks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Looks at the cases on the injected clock and asks each case whose next step is due by its horizon — its forum
 * source's watermark, or the wall clock for a case the office entered — to sweep itself: the CaseClock judges the
 * deadlines passed by then and fires ladder steps, each once, in order, with its original due time — so after
 * downtime the first sweep catches up, and a reply posted in time but scraped late is never judged late.
 */
@Component
public class DeadlineSweeper {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweeper.class);
    /** A horizon further behind the clock than this is history being read, not live traffic. */
    private static final Duration CATCHING_UP = Duration.ofDays(1);

    private final OpenCases open;
    private final CommandGateway commands;
    private final BacklogGauges backlog;
    private final Clock clock;
    private final SourceWatermarks watermarks;

    public DeadlineSweeper(OpenCases open, CommandGateway commands, BacklogGauges backlog, Clock clock,
                           SourceWatermarks watermarks) {
        this.open = open;
        this.watermarks = watermarks;
        this.commands = commands;
        this.backlog = backlog;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${huiying.sla.sweep-interval:PT30S}", initialDelayString = "PT1S")
    public void sweep() {
        Instant now = clock.instant();
        watermarks.settle();
        for (CaseDeadlinesView view : open.toSweep()) {
            Instant horizon = watermarks.horizonFor(view.caseId, now);
            if (horizon != null && view.nextCheckAt != null && !view.nextCheckAt.isAfter(horizon)) {
                sweep(view, horizon);
            }
        }
        backlog.refresh(now);
    }

    private void sweep(CaseDeadlinesView view, Instant horizon) {
        long seen = view.version;
        try {
            boolean catchingUp = horizon.isBefore(clock.instant().minus(CATCHING_UP));
            SweepOutcome outcome = commands.sendAndWait(new SweepCaseClockCommand(view.caseId, horizon, catchingUp));
            open.swept(view.caseId, seen, outcome.nextCheckAt());
        } catch (RuntimeException e) {
            log.warn("Sweeping case {} failed; it is tried again on the next sweep", view.caseId, e);
        }
    }
}
