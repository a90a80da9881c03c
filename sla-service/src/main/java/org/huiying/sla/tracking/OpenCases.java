package org.huiying.sla.tracking;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The cases still running against a deadline, and the answered ones whose steps are not all judged yet, in memory
 * (rebuilt from {@code open_deadlines} at start-up), so the sweeper, the gauges, the to-do lists and previews never
 * query Mongo by anything but {@code _id}.
 */
@Component
public class OpenCases {

    private static final String UNSAVED = OpenCases.class.getName() + ".unsaved";

    private final CaseDeadlinesStore store;
    private final Map<String, CaseDeadlinesView> open = new ConcurrentHashMap<>();

    public OpenCases(CaseDeadlinesStore store) {
        this.store = store;
        store.allSwept().forEach(view -> open.put(view.caseId, view));
    }

    /** The cases still open: not answered, not closed. */
    public Collection<CaseDeadlinesView> all() {
        return open.values().stream().filter(CaseDeadlinesView::open).toList();
    }

    /** Every case the sweeper looks at: the open ones, and answered or closed ones with a step not due yet. */
    public Collection<CaseDeadlinesView> toSweep() {
        return List.copyOf(open.values());
    }

    public Optional<CaseDeadlinesView> find(String caseId) {
        CaseDeadlinesView view = open.get(caseId);
        if (view != null) {
            return Optional.of(view);
        }
        // a read only looks at what this unit of work changed; it does not start collecting
        Map<String, CaseDeadlinesView> changed = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getResource(UNSAVED) : null;
        CaseDeadlinesView unsaved = changed == null ? null : changed.get(caseId);
        return unsaved != null ? Optional.of(unsaved) : store.find(caseId);
    }

    /**
     * Applies a change to the case's view and saves it (one writer per case: the relay's thread or the sweeper). In a
     * unit of work (the relay hands the projection a batch of events in one) the views are saved once each, in one
     * bulk write, when it commits; if it rolls back, the index forgets its changes and reads them from the store.
     */
    public synchronized CaseDeadlinesView update(String caseId, Consumer<CaseDeadlinesView> change) {
        CaseDeadlinesView view = find(caseId).orElseGet(() -> {
            CaseDeadlinesView fresh = new CaseDeadlinesView();
            fresh.caseId = caseId;
            return fresh;
        });
        change.accept(view);
        unsaved().ifPresentOrElse(views -> views.put(caseId, view), () -> store.save(view));
        index(view);
        return view;
    }

    private void index(CaseDeadlinesView view) {
        if (view.swept()) {
            open.put(view.caseId, view);
        } else {
            open.remove(view.caseId);
        }
    }

    /** The views changed in the current unit of work and not saved yet; none outside one. */
    private Optional<Map<String, CaseDeadlinesView>> unsaved() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return Optional.of(root.getOrComputeResource(UNSAVED, key -> {
            Map<String, CaseDeadlinesView> views = new LinkedHashMap<>();
            root.onPrepareCommit(unit -> store.saveAll(views.values()));
            root.onRollback(unit -> forget(views.keySet()));
            return views;
        }));
    }

    private synchronized void forget(Collection<String> caseIds) {
        for (String caseId : caseIds) {
            open.remove(caseId);
            store.find(caseId).filter(CaseDeadlinesView::swept).ifPresent(this::index);
        }
    }

    /** After a sweep: the next look, unless an event changed the case meanwhile (then it already set its own). */
    public synchronized void swept(String caseId, long seenVersion, Instant nextCheckAt) {
        CaseDeadlinesView view = open.get(caseId);
        if (view != null && view.version == seenVersion) {
            update(caseId, v -> v.nextCheckAt = nextCheckAt);
        }
    }
}
