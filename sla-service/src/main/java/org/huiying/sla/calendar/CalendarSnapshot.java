package org.huiying.sla.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * An immutable set of calendar years. A day in a year that is not loaded is counted Monday–Friday, but never
 * silently: the {@code onMissingYear} callback is told (health warning and metric).
 */
public final class CalendarSnapshot implements WorkingDays {

    private final Map<Integer, CalendarYear> years;
    private final WorkingHours defaultHours;
    private final IntConsumer onMissingYear;

    public CalendarSnapshot(Map<Integer, CalendarYear> years, WorkingHours defaultHours, IntConsumer onMissingYear) {
        this.years = Map.copyOf(years);
        this.defaultHours = defaultHours;
        this.onMissingYear = onMissingYear;
    }

    /** The same calendar with one year added or replaced (for a preview, or a load). */
    public CalendarSnapshot with(CalendarYear year) {
        Map<Integer, CalendarYear> copy = new TreeMap<>(years);
        copy.put(year.year(), year);
        return new CalendarSnapshot(copy, defaultHours, onMissingYear);
    }

    public CalendarSnapshot withoutMissingYearReports() {
        return new CalendarSnapshot(years, defaultHours, missing -> { });
    }

    public Set<Integer> years() {
        return new TreeMap<>(years).keySet();
    }

    public boolean isLoaded(int year) {
        return years.containsKey(year);
    }

    public Map<Integer, CalendarYear> all() {
        return new TreeMap<>(years);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        CalendarYear year = years.get(day.getYear());
        if (year == null) {
            onMissingYear.accept(day.getYear());
            return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        }
        return year.isWorkingDay(day);
    }

    @Override
    public WorkingHours hoursOn(LocalDate day) {
        CalendarYear year = years.get(day.getYear());
        return year == null || year.workingHours() == null ? defaultHours : WorkingHours.parse(year.workingHours());
    }
}
