package org.huiying.sla.tracking;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.huiying.sla.calendar.OfficialCalendar;
import org.huiying.sla.calendar.WorkingTime;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The backlog as Prometheus gauges, refreshed after every sweep: open cases per unit and state, overdue cases per unit
 * and kind of deadline, cases due within the next 4 working hours, and the oldest open case's age. Cases not charged
 * to a unit are shown as unit {@value #UNASSIGNED}. A case whose answer clock is paused for information is in state
 * {@code paused}: neither overdue on its answer nor due soon while its clock stands still.
 */
@Component
public class BacklogGauges {

    public static final String UNASSIGNED = "unassigned";
    /** "Due soon" 即将到期: within this much working time (the gauge and the to-do lists). */
    public static final Duration DUE_SOON = Duration.ofHours(4);

    private final OpenCases open;
    private final OfficialCalendar calendar;
    private final MultiGauge backlog;
    private final MultiGauge overdue;
    private final MultiGauge dueSoon;
    private final AtomicLong oldestAgeSeconds = new AtomicLong();

    public BacklogGauges(OpenCases open, OfficialCalendar calendar, MeterRegistry meters) {
        this.open = open;
        this.calendar = calendar;
        this.backlog = MultiGauge.builder("huiying.sla.backlog.cases")
                .description("Open cases per unit and state (积压)").register(meters);
        this.overdue = MultiGauge.builder("huiying.sla.overdue.cases")
                .description("Overdue open cases per unit and kind of deadline (超期)").register(meters);
        this.dueSoon = MultiGauge.builder("huiying.sla.due.soon.cases")
                .description("Open cases due within the next 4 working hours (即将到期)").register(meters);
        Gauge.builder("huiying.sla.oldest.open.case.age", oldestAgeSeconds, AtomicLong::get)
                .baseUnit("seconds").description("Age of the oldest open case since posting").register(meters);
    }

    /**
     * The latest due time with at most {@link #DUE_SOON} of working time left: the second before working time passes
     * 4 hours and 1 second. Computed once per refresh instead of measuring the working time to every open case's
     * deadline.
     */
    static Instant latestDueSoon(WorkingTime time, Instant now) {
        return time.plusWorkingTime(now, DUE_SOON.plusSeconds(1)).minusSeconds(1);
    }

    public void refresh(Instant now) {
        Collection<CaseDeadlinesView> cases = open.all();
        Instant dueSoonUntil = latestDueSoon(calendar.workingTime(), now);
        Map<String, Map<String, Long>> states = new TreeMap<>();
        Map<String, Map<String, Long>> late = new TreeMap<>();
        Map<String, Long> soon = new TreeMap<>();
        long oldest = 0;
        for (CaseDeadlinesView view : cases) {
            String unit = view.unitId == null ? UNASSIGNED : view.unitId;
            states.computeIfAbsent(unit, u -> new TreeMap<>()).merge(view.state(), 1L, Long::sum);
            Map<String, Long> unitLate = late.computeIfAbsent(unit, u -> new TreeMap<>());
            unitLate.merge("response", view.responseOverdue() ? 1L : 0L, Long::sum);
            unitLate.merge("answer", view.answerOverdue() ? 1L : 0L, Long::sum);
            unitLate.merge("progress", view.progressOverdue ? 1L : 0L, Long::sum);
            Instant due = view.nextDueAt();
            boolean isSoon = due != null && due.isAfter(now) && !due.isAfter(dueSoonUntil);
            soon.merge(unit, isSoon ? 1L : 0L, Long::sum);
            if (view.postedAt != null) {
                oldest = Math.max(oldest, Duration.between(view.postedAt, now).toSeconds());
            }
        }
        oldestAgeSeconds.set(oldest);
        List<MultiGauge.Row<?>> backlogRows = new ArrayList<>();
        states.forEach((unit, counts) -> Arrays.stream(BacklogState.values()).map(BacklogState::key)
                .forEach(state -> backlogRows.add(MultiGauge.Row.of(Tags.of("unit", unit, "state", state),
                        counts.getOrDefault(state, 0L)))));
        backlog.register(backlogRows, true);
        List<MultiGauge.Row<?>> lateRows = new ArrayList<>();
        late.forEach((unit, counts) -> counts.forEach((kind, count) -> lateRows.add(
                MultiGauge.Row.of(Tags.of("unit", unit, "deadline", kind), count))));
        overdue.register(lateRows, true);
        dueSoon.register(soon.entrySet().stream()
                .<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(Tags.of("unit", e.getKey()), e.getValue())).toList(), true);
    }
}
