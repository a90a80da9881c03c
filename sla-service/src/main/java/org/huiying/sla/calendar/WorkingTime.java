package org.huiying.sla.calendar;

import org.huiying.support.calendar.WorkingHours;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Deadline arithmetic on a working-day calendar, in the deployment's zone: calendar hours, working hours (the clock
 * runs only inside working hours, 非工作时间顺延) and working days (遇节假日顺延). Every result is an instant (UTC).
 */
public class WorkingTime {

    /** No window reaches further than this many days; a calendar without working days fails instead of looping. */
    private static final int HORIZON_DAYS = 400;

    private final WorkingDays days;
    private final ZoneId zone;
    private final WorkingDayConvention convention;

    public WorkingTime(WorkingDays days, ZoneId zone, WorkingDayConvention convention) {
        this.days = days;
        this.zone = zone;
        this.convention = convention;
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant plus(Instant start, Window window) {
        return switch (window.kind()) {
            case CALENDAR_HOURS -> start.plus(Duration.ofHours(window.amount()));
            case WORKING_HOURS -> plusWorkingTime(start, Duration.ofHours(window.amount()));
            case WORKING_DAYS -> plusWorkingDays(start, window.amount());
        };
    }

    /** The moment when {@code amount} of working time has run from {@code start}. */
    public Instant plusWorkingTime(Instant start, Duration amount) {
        LocalDateTime cursor = local(start);
        Duration remaining = amount;
        LocalDate day = cursor.toLocalDate();
        for (int i = 0; i < HORIZON_DAYS; i++, day = day.plusDays(1)) {
            if (!days.isWorkingDay(day)) {
                continue;
            }
            for (WorkingHours.Period period : days.hoursOn(day).periods()) {
                LocalDateTime from = later(cursor, day.atTime(period.start()));
                LocalDateTime end = day.atTime(period.end());
                if (!from.isBefore(end)) {
                    continue;
                }
                Duration available = Duration.between(from, end);
                if (available.compareTo(remaining) >= 0) {
                    return instant(from.plus(remaining));
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("No working time within " + HORIZON_DAYS + " days of " + start);
    }

    /** {@code count} working days after {@code start}, read by the configured convention. */
    public Instant plusWorkingDays(Instant start, int count) {
        LocalDateTime posted = local(start);
        LocalDate postedOn = posted.toLocalDate();
        boolean sameTime = convention == WorkingDayConvention.SAME_TIME_OF_DAY && days.isWorkingDay(postedOn);
        LocalDate day = days.nthWorkingDayAfter(postedOn, count);
        return instant(sameTime ? day.atTime(posted.toLocalTime()) : day.atTime(days.hoursOn(day).close()));
    }

    /** Working time from {@code from} to {@code to}; negative when {@code to} is earlier. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        LocalDateTime start = local(from);
        LocalDateTime end = local(to);
        Duration total = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!days.isWorkingDay(day)) {
                continue;
            }
            for (WorkingHours.Period period : days.hoursOn(day).periods()) {
                LocalDateTime a = later(start, day.atTime(period.start()));
                LocalDateTime b = earlier(end, day.atTime(period.end()));
                if (a.isBefore(b)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
        return total;
    }

    /**
     * The moment {@code fraction} of the window from {@code start} to {@code due} has run, measured in the window's
     * own kind of time (calendar time for calendar hours, working time otherwise): the pre-breach warning.
     */
    public Instant fractionOf(Instant start, Instant due, ClockKind kind, double fraction) {
        if (kind == ClockKind.CALENDAR_HOURS) {
            long millis = Duration.between(start, due).toMillis();
            return start.plusMillis(Math.round(millis * fraction));
        }
        Duration working = workingTimeBetween(start, due);
        if (working.isZero() || working.isNegative()) {
            return due;
        }
        Instant at = plusWorkingTime(start, Duration.ofMillis(Math.round(working.toMillis() * fraction)));
        return at.isAfter(due) ? due : at;
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    private Instant instant(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
