package org.huiying.sla.calendar;

import java.time.LocalDate;

/** Which days are working days (工作日). */
public interface WorkingCalendar {

    boolean isWorkingDay(LocalDate day);
}
