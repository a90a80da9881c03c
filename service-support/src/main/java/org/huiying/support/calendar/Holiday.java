package org.huiying.support.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One holiday of an official calendar: the days off (first and last, inclusive) and the make-up working days (调休上班).
 *
 * @param name     Chinese name, e.g. 春节
 * @param nameEn   English name, e.g. Spring Festival
 * @param off      two dates: the first and the last day off
 * @param workdays weekend days that are working days because of this holiday
 */
public record Holiday(String name, String nameEn, List<LocalDate> off, List<LocalDate> workdays) {

    public Holiday {
        if (off == null || off.size() != 2 || off.get(1).isBefore(off.get(0))) {
            throw new IllegalArgumentException("Holiday " + name + ": 'off' must be [first, last] day off");
        }
        workdays = workdays == null ? List.of() : List.copyOf(workdays);
    }

    public List<LocalDate> daysOff() {
        return off.get(0).datesUntil(off.get(1).plusDays(1)).toList();
    }
}
