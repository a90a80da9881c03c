package org.huiying.routing.assignment;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The office's rules for handing cases around: how many working days a lead unit has to return a case (退回), how
 * many returns and transfers make a problem case, and how long a case may wait without a lead unit.
 * Injected into the {@link Assignment}'s command handlers.
 */
public record AssignmentPolicy(int returnWindowWorkingDays, int problemAfterHandovers, Duration problemAfterWaiting,
                               ZoneId zone) {

    /** The 12345 practice: 2 working days to return, a problem case after 3 returns or transfers or 24 h in triage. */
    public static AssignmentPolicy standard(ZoneId zone) {
        return new AssignmentPolicy(2, 3, Duration.ofHours(24), zone);
    }

    /** Until when the lead unit given the case at {@code leadSince} may return it. */
    public Instant returnableUntil(Instant leadSince) {
        return WorkingDays.after(leadSince, returnWindowWorkingDays, zone);
    }

    public boolean waitedTooLong(Instant queuedAt, Instant now) {
        return !now.isBefore(queuedAt.plus(problemAfterWaiting));
    }
}
