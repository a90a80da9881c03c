package org.huiying.routing.assignment;

import org.huiying.support.calendar.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The return window (退回时限) on the official working-day calendar in the deployment's zone (遇节假日顺延: days off
 * are skipped, make-up working days count; see docs/decisions/0052). From a working day the window ends at the same
 * time of day N working days later; from a day off it ends at the end of the N-th working day.
 */
final class ReturnWindow {

    private ReturnWindow() {
    }

    static Instant until(Instant from, int workingDays, WorkingDayCalendar calendar, ZoneId zone) {
        ZonedDateTime start = from.atZone(zone);
        LocalDate day = start.toLocalDate();
        LocalDate end = calendar.nthWorkingDayAfter(day, workingDays);
        if (calendar.isWorkingDay(day)) {
            return end.atTime(start.toLocalTime()).atZone(zone).toInstant();
        }
        return end.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
