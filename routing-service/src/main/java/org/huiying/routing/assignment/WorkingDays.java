package org.huiying.routing.assignment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Working days for the return window: Monday to Friday in the deployment's zone (routing keeps no holiday calendar;
 * see docs/decisions/0050). From a working day the window ends at the same time of day N working days later; from a
 * day off it ends at the end of the N-th working day.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public static Instant after(Instant from, int workingDays, ZoneId zone) {
        ZonedDateTime start = from.atZone(zone);
        LocalDate day = start.toLocalDate();
        LocalDate end = nthWorkingDayAfter(day, workingDays);
        if (isWorkingDay(day)) {
            return end.atTime(start.toLocalTime()).atZone(zone).toInstant();
        }
        return end.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static LocalDate nthWorkingDayAfter(LocalDate day, int workingDays) {
        LocalDate current = day;
        int counted = 0;
        while (counted < workingDays) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }
}
