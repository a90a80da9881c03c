package org.huiying.routing.assignment;

import org.huiying.support.calendar.WorkingDayCalendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The office's rules for handing cases around: how many working days of the official calendar a lead unit has to
 * return a case (退回), how many returns and transfers make a problem case, and how long a case may wait without a
 * lead unit. Injected into the {@link Assignment}'s command handlers.
 */
public record AssignmentPolicy(int returnWindowWorkingDays, int problemAfterHandovers, Duration problemAfterWaiting,
                               ZoneId zone, WorkingDayCalendar calendar) {

    /** The 12345 practice: 2 working days to return, a problem case after 3 returns or transfers or 24 h in triage. */
    public static AssignmentPolicy standard(ZoneId zone, WorkingDayCalendar calendar) {
        return new AssignmentPolicy(2, 3, Duration.ofHours(24), zone, calendar);
    }

    /** Until when the lead unit given the case at {@code leadSince} may return it. */
    public Instant returnableUntil(Instant leadSince) {
        return ReturnWindow.until(leadSince, returnWindowWorkingDays, calendar, zone);
    }

    public boolean waitedTooLong(Instant queuedAt, Instant now) {
        return !now.isBefore(queuedAt.plus(problemAfterWaiting));
    }
}
