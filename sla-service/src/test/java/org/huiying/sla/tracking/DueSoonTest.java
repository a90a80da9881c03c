package org.huiying.sla.tracking;

import org.huiying.sla.calendar.CalendarFixture;
import org.huiying.sla.calendar.WorkingTime;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiying.sla.calendar.CalendarFixture.at;

/** "Due soon" 即将到期: at most 4 working hours left, on the official calendar (default hours 08:30–12:00, 14:00–17:30). */
class DueSoonTest {

    private final WorkingTime time = CalendarFixture.workingTime();

    @Test
    void shouldEndOnFridayBeforeTheMakeUpSaturdayWhenItIsFridayAfternoonBeforeSpringFestival() {
        // Friday 2026-02-13 15:30: 2 h on Friday, then the make-up Saturday morning from 08:30 → 10:30
        assertThat(BacklogGauges.latestDueSoon(time, at("2026-02-13T15:30"))).isEqualTo(at("2026-02-14T10:30"));
    }

    @Test
    void shouldReachOverTheLunchBreakWhenTheFourHoursEndAtNoon() {
        // Monday 2026-03-02 08:00 (before opening): 08:30–12:00 is 3.5 h; due during the lunch break still has 3.5 h
        // left, and 4 h run out at 14:30
        assertThat(BacklogGauges.latestDueSoon(time, at("2026-03-02T08:00"))).isEqualTo(at("2026-03-02T14:30"));
    }

    @Test
    void shouldAgreeWithTheWorkingTimeToEachDeadlineAroundHolidaysAndBreaks() {
        Instant[] nows = {at("2025-09-30T16:00"), at("2026-02-13T17:00"), at("2026-02-14T18:00"),
                at("2026-03-02T11:50"), at("2026-03-06T16:45")};
        for (Instant now : nows) {
            Instant latest = BacklogGauges.latestDueSoon(time, now);
            for (long minutes = 1; minutes <= 60 * 24 * 12; minutes += 7) {
                Instant due = now.plus(Duration.ofMinutes(minutes));
                boolean measured = time.workingTimeBetween(now, due).compareTo(BacklogGauges.DUE_SOON) <= 0;
                assertThat(!due.isAfter(latest)).as("due %s from %s", due, now).isEqualTo(measured);
            }
        }
    }
}
