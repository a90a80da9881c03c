package org.huiying.sla.calendar;

import org.huiying.support.calendar.CalendarFiles;
import org.huiying.support.calendar.CalendarYear;
import org.huiying.support.calendar.WorkingHours;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The shipped official calendars (2025, 2026) with the default working hours, in Asia/Shanghai. */
public final class CalendarFixture {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final WorkingHours DEFAULT_HOURS = WorkingHours.parse(List.of("08:30-12:00", "14:00-17:30"));

    private CalendarFixture() {
    }

    public static CalendarSnapshot official() {
        Map<Integer, CalendarYear> years = new TreeMap<>();
        CalendarFiles.shipped().forEach(year -> years.put(year.year(), year));
        return new CalendarSnapshot(years, DEFAULT_HOURS, year -> { });
    }

    public static WorkingTime workingTime() {
        return new WorkingTime(official(), SHANGHAI, WorkingDayConvention.NEXT_DAY_CLOSE_OF_BUSINESS);
    }

    /** A local time in Anji, e.g. {@code at("2026-02-13T17:00")}. */
    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
