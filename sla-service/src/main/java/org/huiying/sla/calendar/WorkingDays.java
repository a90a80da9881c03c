package org.huiying.sla.calendar;

import java.time.LocalDate;

/** Which days are working days (工作日) and their working hours. */
public interface WorkingDays {

    boolean isWorkingDay(LocalDate day);

    WorkingHours hoursOn(LocalDate day);
}
