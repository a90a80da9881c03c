package org.huiying.sla.calendar;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.huiying.support.calendar.CalendarYear;
import org.huiying.support.calendar.CalendarYears;
import org.huiying.support.calendar.WorkingHours;
import org.huiying.support.time.TimeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The calendar in force: the years shipped in the jar (2025, 2026), then those in {@code huiying.sla.calendar.dir},
 * then those loaded over REST (stored in {@code calendar_years}); a later source replaces a year of an earlier one.
 * A year that is needed but not loaded is counted Monday–Friday and reported loudly (health, metric, log).
 */
@Component
public class OfficialCalendar {

    private static final Logger log = LoggerFactory.getLogger(OfficialCalendar.class);

    private final StoredCalendarYears stored;
    private final CalendarProperties properties;
    private final TimeProperties time;
    private final Clock clock;
    private final AtomicReference<CalendarSnapshot> current = new AtomicReference<>();
    private final Set<Integer> missingYearsUsed = new ConcurrentSkipListSet<>();
    private final Counter missingLookups;

    public OfficialCalendar(StoredCalendarYears stored, CalendarProperties properties, TimeProperties time,
                            Clock clock, MeterRegistry meters) {
        this.stored = stored;
        this.properties = properties;
        this.time = time;
        this.clock = clock;
        this.missingLookups = Counter.builder("huiying.sla.calendar.missing.year.lookups")
                .description("Days looked up in a year with no official calendar loaded (counted Monday–Friday)")
                .register(meters);
        Map<Integer, CalendarYear> years = CalendarYears.shippedAndIn(properties.dir());
        stored.all().forEach(year -> years.put(year.year(), year));
        current.set(new CalendarSnapshot(years, WorkingHours.parse(properties.workingHours()), this::missingYearUsed));
        log.info("Official calendar years loaded: {}", years.keySet());
        Gauge.builder("huiying.sla.calendar.years.loaded", () -> snapshot().years().size())
                .description("Official calendar years loaded (工作日历)").register(meters);
        Gauge.builder("huiying.sla.calendar.years.missing", () -> missingYears().size())
                .description("Years needed (this year, next year, or used by a deadline) with no calendar loaded")
                .register(meters);
    }

    public CalendarSnapshot snapshot() {
        return current.get();
    }

    /** Deadline arithmetic on the calendar in force. */
    public WorkingTime workingTime() {
        return workingTime(snapshot());
    }

    /** Deadline arithmetic on another calendar (a preview), with the same zone and convention. */
    public WorkingTime workingTime(CalendarSnapshot calendar) {
        return new WorkingTime(calendar, time.zone(), properties.convention());
    }

    /** Loads (or replaces) one year now and keeps it across restarts, with the user who loaded it and when. */
    public void load(CalendarYear year, String loadedBy) {
        stored.save(year, loadedBy, clock.instant());
        current.updateAndGet(snapshot -> snapshot.with(year));
        missingYearsUsed.remove(year.year());
        log.info("Official calendar year {} loaded by {} ({})", year.year(), loadedBy, year.source());
    }

    public int currentYear() {
        return LocalDate.now(clock.withZone(time.zone())).getYear();
    }

    /** This year and next year if not loaded, and every year a deadline computation needed but did not find. */
    public Set<Integer> missingYears() {
        Set<Integer> missing = new TreeSet<>(missingYearsUsed);
        int year = currentYear();
        for (int needed : new int[] {year, year + 1}) {
            if (!snapshot().isLoaded(needed)) {
                missing.add(needed);
            }
        }
        missing.removeIf(snapshot()::isLoaded);
        return missing;
    }

    private void missingYearUsed(int year) {
        missingLookups.increment();
        if (missingYearsUsed.add(year)) {
            log.warn("No official calendar loaded for {}: its days are counted Monday–Friday until it is loaded "
                    + "(PUT /api/calendar/years/{})", year, year);
        }
    }
}
