package org.huiying.sla.calendar;

import org.huiying.support.calendar.WorkingDayCalendar;
import org.huiying.support.calendar.WorkingHours;

import java.time.LocalDate;

/** Which days are working days (工作日) and their working hours. */
public interface WorkingDays extends WorkingDayCalendar {

    WorkingHours hoursOn(LocalDate day);
}
