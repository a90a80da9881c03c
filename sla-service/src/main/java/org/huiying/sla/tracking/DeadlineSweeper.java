package org.huiying.sla.tracking;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    /** Cases swept in one unit of work: Axon looks through the staged events at every load, so not thousands. */
    private static final int CASES_PER_UNIT = 50;

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
        List<Due> due = new ArrayList<>();
        for (CaseDeadlinesView view : open.toSweep()) {
            Instant horizon = watermarks.horizonFor(view.caseId, now);
            if (horizon != null && view.nextCheckAt != null && !view.nextCheckAt.isAfter(horizon)) {
                due.add(new Due(view.caseId, view.version, horizon));
            }
        }
        for (int from = 0; from < due.size(); from += CASES_PER_UNIT) {
            sweep(due.subList(from, Math.min(due.size(), from + CASES_PER_UNIT)));
        }
        backlog.refresh(now);
    }

    /**
     * Sweeps the cases in one unit of work, so that what they fire is stored in one append (each waiting for the
     * journal would make a catch-up after downtime wait for thousands of commits one after the other).
     */
    private void sweep(List<Due> cases) {
        Map<Due, SweepOutcome> outcomes = new LinkedHashMap<>();
        try {
            DefaultUnitOfWork.startAndGet(null).execute(() -> {
                for (Due due : cases) {
                    sweepOne(due).ifPresent(outcome -> outcomes.put(due, outcome));
                }
            });
        } catch (RuntimeException e) {
            log.warn("Storing the sweep of {} cases failed; they are tried again on the next sweep", cases.size(), e);
            return;
        }
        outcomes.forEach((due, outcome) -> open.swept(due.caseId(), due.seenVersion(), outcome.nextCheckAt()));
    }

    private Optional<SweepOutcome> sweepOne(Due due) {
        try {
            boolean catchingUp = due.horizon().isBefore(clock.instant().minus(CATCHING_UP));
            return Optional.of(commands.sendAndWait(new SweepCaseClockCommand(due.caseId(), due.horizon(),
                    catchingUp)));
        } catch (RuntimeException e) {
            log.warn("Sweeping case {} failed; it is tried again on the next sweep", due.caseId(), e);
            return Optional.empty();
        }
    }

    /** A case whose next step is due by its horizon, and the version of its view when that was seen. */
    private record Due(String caseId, long seenVersion, Instant horizon) {
    }
}
