package org.huiying.sla.calendar;

/** How "N working days after posting" is read. */
public enum WorkingDayConvention {
    /**
     * The default: the N working days are counted from the day after posting, and the deadline is the close of
     * working hours (17:30) on the Nth working day.
     */
    NEXT_DAY_CLOSE_OF_BUSINESS,
    /**
     * N working days later at the same time of day as the post; a post on a day off counts from the next working
     * day's start, so it is due at the close of the Nth working day.
     */
    SAME_TIME_OF_DAY
}
