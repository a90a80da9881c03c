package org.huiying.sla.calendar;

import org.huiying.support.calendar.CalendarYear;
import org.huiying.support.calendar.CalendarYears;
import org.huiying.support.calendar.WorkingHours;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * An immutable set of calendar years with their working hours. A day in a year that is not loaded is counted
 * Monday–Friday, but never silently: the {@code onMissingYear} callback is told (health warning and metric).
 */
public final class CalendarSnapshot implements WorkingDays {

    private final CalendarYears years;
    private final WorkingHours defaultHours;

    public CalendarSnapshot(Map<Integer, CalendarYear> years, WorkingHours defaultHours, IntConsumer onMissingYear) {
        this(new CalendarYears(years, onMissingYear), defaultHours);
    }

    private CalendarSnapshot(CalendarYears years, WorkingHours defaultHours) {
        this.years = years;
        this.defaultHours = defaultHours;
    }

    /** The same calendar with one year added or replaced (for a preview, or a load). */
    public CalendarSnapshot with(CalendarYear year) {
        return new CalendarSnapshot(years.with(year), defaultHours);
    }

    public CalendarSnapshot withoutMissingYearReports() {
        return new CalendarSnapshot(years.withoutMissingYearReports(), defaultHours);
    }

    public Set<Integer> years() {
        return years.years();
    }

    public boolean isLoaded(int year) {
        return years.isLoaded(year);
    }

    public Map<Integer, CalendarYear> all() {
        return years.all();
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return years.isWorkingDay(day);
    }

    @Override
    public WorkingHours hoursOn(LocalDate day) {
        CalendarYear year = years.get(day.getYear());
        return year == null || year.workingHours() == null ? defaultHours : WorkingHours.parse(year.workingHours());
    }
}
