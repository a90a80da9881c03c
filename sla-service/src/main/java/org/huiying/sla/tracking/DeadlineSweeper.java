package org.huiying.sla.tracking;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.huiying.sla.clock.SweepCaseClockCommand;
import org.huiying.sla.clock.SweepOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Looks at the open cases on the injected clock and asks each case whose next step is due to sweep itself: the
 * CaseClock records passed deadlines and fires ladder steps, each once, in order, with its original due time — so
 * after downtime the first sweep catches up.
 */
@Component
public class DeadlineSweeper {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweeper.class);

    private final OpenCases open;
    private final CommandGateway commands;
    private final BacklogGauges backlog;
    private final Clock clock;

    public DeadlineSweeper(OpenCases open, CommandGateway commands, BacklogGauges backlog, Clock clock) {
        this.open = open;
        this.commands = commands;
        this.backlog = backlog;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${huiying.sla.sweep-interval:PT30S}", initialDelayString = "PT1S")
    public void sweep() {
        Instant now = clock.instant();
        for (CaseDeadlinesView view : open.all()) {
            if (view.nextCheckAt != null && !view.nextCheckAt.isAfter(now)) {
                sweep(view, now);
            }
        }
        backlog.refresh(now);
    }

    private void sweep(CaseDeadlinesView view, Instant now) {
        long seen = view.version;
        try {
            SweepOutcome outcome = commands.sendAndWait(new SweepCaseClockCommand(view.caseId, now));
            open.swept(view.caseId, seen, outcome.nextCheckAt());
        } catch (RuntimeException e) {
            log.warn("Sweeping case {} failed; it is tried again on the next sweep", view.caseId, e);
        }
    }
}
