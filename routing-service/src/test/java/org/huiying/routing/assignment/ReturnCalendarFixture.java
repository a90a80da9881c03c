package org.huiying.routing.assignment;

import org.huiying.support.calendar.CalendarYears;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The official calendars shipped in service-support (2025, 2026), in Asia/Shanghai, and the standard policy on them. */
final class ReturnCalendarFixture {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private ReturnCalendarFixture() {
    }

    static CalendarYears official() {
        return new CalendarYears(CalendarYears.shippedAndIn(null), year -> { });
    }

    static AssignmentPolicy standardPolicy() {
        return AssignmentPolicy.standard(SHANGHAI, official());
    }

    /** A local time in Anji, e.g. {@code at("2025-09-30T10:00")}. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
