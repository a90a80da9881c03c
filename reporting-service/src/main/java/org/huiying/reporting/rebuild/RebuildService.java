package org.huiying.reporting.rebuild;

import org.huiying.reporting.casefacts.FigureChanges;
import org.huiying.reporting.casefacts.ReadModels;
import org.huiying.reporting.readmodel.ReadModelGenerations;
import org.huiying.support.domain.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds the read model from the topics: a new, empty generation receives every live event from the moment it is
 * begun, the replay folds in everything the topics held before, and only then do queries switch to it. Since every
 * projection step is idempotent and order-free, an event that both the replay and the live listener apply counts
 * once (decision 0071).
 */
@Service
public class RebuildService {

    private static final Logger log = LoggerFactory.getLogger(RebuildService.class);

    private final ReadModelGenerations generations;
    private final ReadModels models;
    private final TopicReplayer replayer;
    private final FigureChanges changes;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "reporting-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.idle());

    public RebuildService(ReadModelGenerations generations, ReadModels models, TopicReplayer replayer,
                          FigureChanges changes, Clock clock) {
        this.generations = generations;
        this.models = models;
        this.replayer = replayer;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * A rebuild cut short by a restart is given up: its generation never became active. A read model written in an
     * earlier layout answers queries as it is while a rebuild moves it to the current one.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void abandonUnfinishedAndUpgrade() {
        generations.abandon();
        int active = generations.active();
        if (generations.layout(active) < ReadModelGenerations.CURRENT_LAYOUT) {
            log.info("Reporting's read model (generation {}) is in layout {}; rebuilding it in layout {}", active,
                    generations.layout(active), ReadModelGenerations.CURRENT_LAYOUT);
            start();
        }
    }

    public synchronized RebuildStatus start() {
        if ("running".equals(status.get().state())) {
            throw RuleViolationException.conflict("rebuild-running", "A rebuild is already under way (generation " + status.get().generation() + ")");
        }
        int generation = generations.begin();
        AtomicLong replayed = new AtomicLong();
        RebuildStatus running = new RebuildStatus("running", generation, clock.instant(), null, 0, null);
        status.set(running);
        worker.submit(() -> run(generation, running, replayed));
        return running;
    }

    public RebuildStatus status() {
        return status.get();
    }

    private void run(int generation, RebuildStatus running, AtomicLong replayed) {
        try {
            replayer.replay(models.of(generation), replayed);
            generations.switchTo(generation);
            changes.changed();
            status.set(new RebuildStatus("done", generation, running.startedAt(), clock.instant(), replayed.get(),
                    null));
            log.info("Rebuilt reporting's read model as generation {} from {} events", generation, replayed.get());
        } catch (RuntimeException e) {
            generations.abandon();
            status.set(new RebuildStatus("failed", generation, running.startedAt(), clock.instant(), replayed.get(),
                    e.getMessage()));
            log.error("Rebuild of generation {} failed; the active read model is unchanged", generation, e);
        }
    }
}
