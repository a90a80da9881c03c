package org.huiying.sla.calendar;

import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday are working days; statutory holidays and make-up days (调休) are not known to it. */
@Component
public class WeekdayCalendar implements WorkingCalendar {

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
