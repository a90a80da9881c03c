package org.huiying.support.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One year of the official working-day calendar (国务院办公厅 notice), as data: weekends are off and weekdays are on,
 * except the holidays' days off and their make-up working days.
 *
 * @param year         the calendar year
 * @param source       the notice it follows, e.g. 国办发明电〔2024〕12号
 * @param holidays     the holidays with their days off and make-up working days
 * @param workingHours optional working hours for this year, e.g. ["08:30-12:00", "14:00-17:30"]; else the default
 */
public record CalendarYear(int year, String source, List<Holiday> holidays, List<String> workingHours) {

    public CalendarYear {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workingHours = workingHours == null || workingHours.isEmpty() ? null : List.copyOf(workingHours);
        Set<LocalDate> off = new HashSet<>();
        for (Holiday holiday : holidays) {
            for (LocalDate day : holiday.daysOff()) {
                requireInYear(year, day, holiday);
                off.add(day);
            }
        }
        for (Holiday holiday : holidays) {
            for (LocalDate day : holiday.workdays()) {
                if (off.contains(day)) {
                    throw new IllegalArgumentException(
                            year + " calendar: " + day + " is both a day off and a make-up working day");
                }
            }
        }
        if (workingHours != null) {
            WorkingHours.parse(workingHours);
        }
    }

    private static void requireInYear(int year, LocalDate day, Holiday holiday) {
        if (day.getYear() != year) {
            throw new IllegalArgumentException(year + " calendar: " + holiday.name() + " has a day off in "
                    + day.getYear() + " (" + day + ")");
        }
    }

    /** Whether the day is a working day according to this year's notice; {@code day} may lie in a neighbouring year. */
    public boolean isWorkingDay(LocalDate day) {
        for (Holiday holiday : holidays) {
            if (holiday.workdays().contains(day)) {
                return true;
            }
            if (!day.isBefore(holiday.off().get(0)) && !day.isAfter(holiday.off().get(1))) {
                return false;
            }
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
