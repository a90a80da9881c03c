package org.huiying.routing.calendar;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.huiying.support.calendar.CalendarYears;
import org.huiying.support.time.TimeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The official calendar the return window counts on: the years shipped in service-support (2025, 2026), then those in
 * {@code huiying.routing.calendar.dir}, read at start-up. A day of a year not loaded is counted Monday–Friday — a
 * return is never refused for want of a calendar — and reported loudly: a WARN log, the health detail and metrics.
 */
@Component
public class ReturnCalendar {

    private static final Logger log = LoggerFactory.getLogger(ReturnCalendar.class);

    private final CalendarYears years;
    private final Clock clock;
    private final TimeProperties time;
    private final Set<Integer> missingYearsUsed = new ConcurrentSkipListSet<>();
    private final Counter missingLookups;

    public ReturnCalendar(CalendarProperties properties, TimeProperties time, Clock clock, MeterRegistry meters) {
        this.clock = clock;
        this.time = time;
        this.missingLookups = Counter.builder("huiying.routing.calendar.missing.year.lookups")
                .description("Days a return window looked up in a year with no official calendar (counted Mon–Fri)")
                .register(meters);
        this.years = new CalendarYears(CalendarYears.shippedAndIn(properties.dir()), this::missingYearUsed);
        Gauge.builder("huiying.routing.calendar.years.loaded", () -> years.years().size())
                .description("Official calendar years loaded for the return window (工作日历)").register(meters);
        Gauge.builder("huiying.routing.calendar.years.missing", () -> missingYears().size())
                .description("Years needed (this year, next year, or reached by a return window) with no calendar")
                .register(meters);
        log.info("Official calendar years loaded for the return window: {}", years.years());
        Set<Integer> missing = missingYears();
        if (!missing.isEmpty()) {
            log.warn("No official calendar loaded for {}: return windows in these years count Monday–Friday until a "
                    + "year file is put in HUIYING_CALENDAR_DIR and routing-service restarts", missing);
        }
    }

    /** The working days the return window counts. */
    public CalendarYears days() {
        return years;
    }

    public int currentYear() {
        return LocalDate.now(clock.withZone(time.zone())).getYear();
    }

    /** This year and next year if not loaded, and every year a return window reached into but did not find. */
    public Set<Integer> missingYears() {
        Set<Integer> missing = new TreeSet<>(missingYearsUsed);
        int year = currentYear();
        for (int needed : new int[] {year, year + 1}) {
            if (!years.isLoaded(needed)) {
                missing.add(needed);
            }
        }
        return missing;
    }

    private void missingYearUsed(int year) {
        missingLookups.increment();
        if (missingYearsUsed.add(year)) {
            log.warn("No official calendar loaded for {}: its days are counted Monday–Friday for return windows until "
                    + "a {}.yml is put in HUIYING_CALENDAR_DIR and routing-service restarts", year, year);
        }
    }
}
