package org.huiying.support.calendar;

import java.time.LocalDate;

/** Which days are working days (工作日), and counting them: "N working days after", 遇节假日顺延. */
public interface WorkingDayCalendar {

    /** No count reaches further than this many days; a calendar without working days fails instead of looping. */
    int HORIZON_DAYS = 400;

    boolean isWorkingDay(LocalDate day);

    /** The {@code count}-th working day after {@code day} (the day itself is not counted). */
    default LocalDate nthWorkingDayAfter(LocalDate day, int count) {
        LocalDate current = day;
        int counted = 0;
        for (int i = 0; counted < count; i++) {
            if (i > HORIZON_DAYS) {
                throw new IllegalStateException("No " + count + " working days within " + HORIZON_DAYS + " days");
            }
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }
}
