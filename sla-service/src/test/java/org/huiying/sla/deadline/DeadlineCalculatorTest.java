package org.huiying.sla.deadline;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiying.sla.deadline.CaseClockFixture.anjiDeadlines;
import static org.huiying.sla.deadline.CaseClockFixture.deadlines;
import static org.huiying.sla.deadline.CaseClockFixture.shanghai;
import static org.huiying.sla.deadline.CaseClockFixture.springFestival2026;

class DeadlineCalculatorTest {

    private final DeadlineCalculator anji = anjiDeadlines();

    @Test
    void shouldAskForAResponseWithin24HoursWhenAPostArrivesOnMonday() {
        Instant postedAt = shanghai("2026-03-02T09:15");

        assertThat(anji.responseDue(postedAt)).isEqualTo(Instant.parse("2026-03-03T01:15:00Z"));
    }

    @Test
    void shouldAskForTheAnswerOnThursdayAtThePostingTimeWhenAPostArrivesOnMonday() {
        Instant postedAt = shanghai("2026-03-02T09:15");

        assertThat(anji.answerDue(postedAt)).isEqualTo(OffsetDateTime.parse("2026-03-05T09:15+08:00").toInstant());
    }

    @Test
    void shouldSkipTheWeekendWhenAPostArrivesOnFriday() {
        Instant postedAt = shanghai("2026-03-06T10:00");

        assertThat(anji.answerDue(postedAt)).isEqualTo(shanghai("2026-03-11T10:00"));
    }

    @Test
    void shouldAskForTheAnswerByTheEndOfWednesdayWhenAPostArrivesOnSaturday() {
        Instant postedAt = shanghai("2026-03-07T15:30");

        assertThat(anji.answerDue(postedAt)).isEqualTo(OffsetDateTime.parse("2026-03-12T00:00+08:00").toInstant());
    }

    @Test
    void shouldCountTheResponseInCalendarHoursWhenAPostArrivesOnSaturday() {
        Instant postedAt = shanghai("2026-03-07T15:30");

        assertThat(anji.responseDue(postedAt)).isEqualTo(shanghai("2026-03-08T15:30"));
    }

    @Test
    void shouldCountFromShanghaiDatesWhenThePostingTimeIsStillThePreviousDayInUtc() {
        // given Saturday 07:00 in Shanghai is Friday 23:00 UTC
        Instant postedAt = shanghai("2026-03-07T07:00");

        assertThat(anji.answerDue(postedAt)).isEqualTo(shanghai("2026-03-12T00:00"));
    }

    @Test
    void shouldCountMakeUpDaysAndSkipTheHolidayWhenAPostArrivesBeforeSpringFestival() {
        // given Saturday 14 February is worked, 15 to 23 February are off
        DeadlineCalculator calculator = deadlines(springFestival2026());

        // when
        Instant due = calculator.answerDue(shanghai("2026-02-13T10:00"));

        // then 14 Feb, 24 Feb, 25 Feb
        assertThat(due).isEqualTo(shanghai("2026-02-25T10:00"));
    }

    @Test
    void shouldCountFromTheFirstWorkingDayWhenAPostArrivesDuringTheHoliday() {
        DeadlineCalculator calculator = deadlines(springFestival2026());

        Instant due = calculator.answerDue(shanghai("2026-02-17T20:00"));

        // 24, 25 and 26 February: due by the end of Thursday 26 February
        assertThat(due).isEqualTo(shanghai("2026-02-27T00:00"));
    }
}
