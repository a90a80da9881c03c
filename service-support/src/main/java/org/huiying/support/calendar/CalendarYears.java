package org.huiying.support.calendar;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * An immutable set of official calendar years. A day in a year that is not loaded is counted Monday–Friday, but never
 * silently: the {@code onMissingYear} callback is told (for a log, a health warning and a metric).
 */
public final class CalendarYears implements WorkingDayCalendar {

    private final Map<Integer, CalendarYear> years;
    private final IntConsumer onMissingYear;

    public CalendarYears(Map<Integer, CalendarYear> years, IntConsumer onMissingYear) {
        this.years = Map.copyOf(years);
        this.onMissingYear = onMissingYear;
    }

    /**
     * The years shipped in the jar (2025, 2026), replaced or completed by those in {@code dir} when it is set.
     *
     * @param dir optional directory of year files ({@code *.yml} / {@code *.json}); {@code null} or blank for none
     */
    public static Map<Integer, CalendarYear> shippedAndIn(Path dir) {
        Map<Integer, CalendarYear> years = new TreeMap<>();
        CalendarFiles.shipped().forEach(year -> years.put(year.year(), year));
        if (dir != null && !dir.toString().isBlank()) {
            CalendarFiles.inDirectory(dir).forEach(year -> years.put(year.year(), year));
        }
        return years;
    }

    /** The same calendar with one year added or replaced. */
    public CalendarYears with(CalendarYear year) {
        Map<Integer, CalendarYear> copy = new TreeMap<>(years);
        copy.put(year.year(), year);
        return new CalendarYears(copy, onMissingYear);
    }

    public CalendarYears withoutMissingYearReports() {
        return new CalendarYears(years, missing -> { });
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

    public CalendarYear get(int year) {
        return years.get(year);
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
}
