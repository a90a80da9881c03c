package org.huiying.reporting.casefacts;

import org.huiying.support.kafka.AfterThePoll;
import org.huiying.contracts.CaseEvent;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.intake.PostReceived;
import org.huiying.support.time.TimeProperties;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Folds each event into its case's record, then places the case in the figure documents it belongs in and takes it
 * out of those it no longer belongs in. Every step is idempotent: the same event twice, a crash between the writes
 * followed by a redelivery, or the same event from the live listener and a rebuild, end in the same figures.
 * The figure documents are written before the case record, so a crash leaves the record's {@code placed} behind the
 * documents, never ahead of them, and the redelivery repairs both.
 */
@Component
public class CaseFactsProjector {

    private static final int STRIPES = 64;

    private final ReadModels models;
    private final CaseEvaluator evaluator;
    private final FigureChanges changes;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    public CaseFactsProjector(ReadModels models, TimeProperties time, FigureChanges changes) {
        this.models = models;
        this.evaluator = new CaseEvaluator(time.zone());
        this.changes = changes;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** Applies a live event to the active read model and to the one a rebuild is filling, if any. */
    public void apply(IntegrationEvent event) {
        for (ReadModel model : models.targets()) {
            applyTo(model, event);
        }
    }

    public void applyTo(ReadModel model, IntegrationEvent event) {
        if (!(event instanceof CaseEvent caseEvent)) {
            return;
        }
        ReentrantLock lock = locks[Math.floorMod(caseEvent.caseId().hashCode(), STRIPES)];
        lock.lock();
        try {
            fold(model, caseEvent);
        } finally {
            lock.unlock();
        }
    }

    private void fold(ReadModel model, CaseEvent event) {
        CaseRecord before = model.cases().find(event.caseId());
        CaseRecord after = with(before, event);
        if (after.equals(before)) {
            return; // a redelivery of an event already folded in and placed
        }
        CaseState state = evaluator.evaluate(after);
        Map<String, Set<Figure>> documents = state.posted() ? state.documents() : Map.of();
        if (state.posted() && !placedBefore(before, documents.keySet())) {
            model.months().add(state.month(), state.caseId(), state.figures().keySet());
        }
        Set<String> touched = new HashSet<>(before.placed().keySet());
        touched.addAll(documents.keySet());
        for (String document : touched) {
            Set<Figure> figures = documents.getOrDefault(document, Set.of());
            if (!figures.equals(before.placed().getOrDefault(document, Set.of()))) {
                model.figures().place(document, state.caseId(), figures);
            }
        }
        model.cases().save(after.placedIn(documents));
        AfterThePoll.run(changes::changed);
    }

    /** Whether the month already lists the case and every unit it counts for: its documents were all placed. */
    private static boolean placedBefore(CaseRecord before, Set<String> documents) {
        return before.post() != null && before.placed().keySet().containsAll(documents);
    }

    private static CaseRecord with(CaseRecord record, CaseEvent event) {
        if (event instanceof PostReceived post) {
            return record.withPost(new PostInfo(post.eventId().toString(), post.postedAt(), post.occurredAt(),
                    post.source(), post.board(), post.title()));
        }
        Optional<CaseFact> fact = FactTranslator.factOf(event);
        return fact.map(record::withFact).orElse(record);
    }
}
