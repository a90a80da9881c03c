package org.huiying.sla.calendar;

import org.huiying.support.calendar.CalendarYear;
import org.huiying.support.calendar.Holiday;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiying.sla.calendar.CalendarFixture.SHANGHAI;
import static org.huiying.sla.calendar.CalendarFixture.at;

class WorkingTimeTest {

    private final WorkingTime time = CalendarFixture.workingTime();

    // working days: counted from the day after posting, due at 17:30 on the Nth working day

    @Test
    void shouldBeDueOct11At1730WhenPostedSep30WithThreeWorkingDaysBecauseOct1To8AreOffAndSaturdayOct11IsAMakeUpDay() {
        assertThat(time.plus(at("2025-09-30T16:00"), Window.workingDays(3))).isEqualTo(at("2025-10-11T17:30"));
    }

    @Test
    void shouldBeDueThursdayAt1730WhenPostedMondayMorningWithThreeWorkingDaysBecauseCountingStartsTuesday() {
        assertThat(time.plus(at("2026-03-02T09:15"), Window.workingDays(3))).isEqualTo(at("2026-03-05T17:30"));
    }

    @Test
    void shouldBeDueWednesdayAt1730WhenPostedSaturdayBecauseMondayIsTheFirstWorkingDayAfterPosting() {
        assertThat(time.plus(at("2026-03-07T11:00"), Window.workingDays(3))).isEqualTo(at("2026-03-11T17:30"));
    }

    @Test
    void shouldCountMakeUpSundayJan4WhenPostedOnNewYearsEve2025BecauseJan1To3AreOff() {
        // Jan 1–3 off, Jan 4 (Sun) make-up = 1, Jan 5 (Mon) = 2, Jan 6 (Tue) = 3
        assertThat(time.plus(at("2025-12-31T10:00"), Window.workingDays(3))).isEqualTo(at("2026-01-06T17:30"));
    }

    @Test
    void shouldSkipTheWholeSpringFestivalWhenPostedFriday2026Feb13BecauseSaturdayFeb14IsTheOnlyWorkingDayBeforeFeb24() {
        // Feb 14 (Sat, make-up) = 1, Feb 15–23 off, Feb 24 = 2, Feb 25 = 3
        assertThat(time.plus(at("2026-02-13T10:00"), Window.workingDays(3))).isEqualTo(at("2026-02-25T17:30"));
    }

    @Test
    void shouldCountMakeUpSaturdayFeb28WhenPostedThursdayFeb26With2WorkingDays() {
        // Feb 27 (Fri) = 1, Feb 28 (Sat, make-up) = 2
        assertThat(time.plus(at("2026-02-26T15:00"), Window.workingDays(2))).isEqualTo(at("2026-02-28T17:30"));
    }

    @Test
    void shouldSkipLabourDay2025AndCountMakeUpSundayApr27WhenPostedFridayApr25() {
        // Apr 26 (Sat) off, Apr 27 (Sun, make-up) = 1, Apr 28 = 2, Apr 29 = 3
        assertThat(time.plus(at("2025-04-25T09:00"), Window.workingDays(3))).isEqualTo(at("2025-04-29T17:30"));
    }

    @Test
    void shouldSkipLabourDay2025WhenPostedWednesdayApr30BecauseMay1To5AreOff() {
        // May 1–5 off, May 6 = 1, May 7 = 2, May 8 = 3
        assertThat(time.plus(at("2025-04-30T20:00"), Window.workingDays(3))).isEqualTo(at("2025-05-08T17:30"));
    }

    @Test
    void shouldSkipDragonBoat2025WhenPostedFridayMay30BecauseMay31ToJun2AreOff() {
        assertThat(time.plus(at("2025-05-30T10:00"), Window.workingDays(1))).isEqualTo(at("2025-06-03T17:30"));
    }

    @Test
    void shouldSkipQingming2026MondayWhenPostedFridayApr3BecauseApr4To6AreOff() {
        assertThat(time.plus(at("2026-04-03T10:00"), Window.workingDays(1))).isEqualTo(at("2026-04-07T17:30"));
    }

    @Test
    void shouldSkipMidAutumn2026FridayWhenPostedThursdaySep24() {
        assertThat(time.plus(at("2026-09-24T10:00"), Window.workingDays(1))).isEqualTo(at("2026-09-28T17:30"));
    }

    @Test
    void shouldCountMakeUpSundaySep20And2026NationalDayMakeUpSaturdayOct10() {
        // Sep 19 posted (Sat): Sep 20 (Sun, make-up) = 1
        assertThat(time.plus(at("2026-09-19T10:00"), Window.workingDays(1))).isEqualTo(at("2026-09-20T17:30"));
        // Sep 30 posted: Oct 1–7 off, Oct 8 = 1, Oct 9 = 2, Oct 10 (Sat, make-up) = 3
        assertThat(time.plus(at("2026-09-30T10:00"), Window.workingDays(3))).isEqualTo(at("2026-10-10T17:30"));
    }

    @Test
    void shouldCountTheDayAfterWhenPostedAfterCloseOfBusinessOnAWorkingDay() {
        assertThat(time.plus(at("2026-03-02T23:59"), Window.workingDays(1))).isEqualTo(at("2026-03-03T17:30"));
    }

    @Test
    void shouldKeepTheTimeOfDayWhenTheSameTimeOfDayConventionIsConfiguredAndPostedOnAWorkingDay() {
        WorkingTime sameTime = new WorkingTime(CalendarFixture.official(), SHANGHAI,
                WorkingDayConvention.SAME_TIME_OF_DAY);
        assertThat(sameTime.plus(at("2026-03-02T09:15"), Window.workingDays(3))).isEqualTo(at("2026-03-05T09:15"));
        assertThat(sameTime.plus(at("2026-03-07T09:15"), Window.workingDays(3))).isEqualTo(at("2026-03-11T17:30"));
    }

    // working hours: the clock runs only 08:30–12:00 and 14:00–17:30 on working days

    @Test
    void shouldBeDueSaturday1100WhenPostedFriday2026Feb13At1700With3WorkingHoursBecauseHalfAnHourFridayThenMakeUpSaturday() {
        assertThat(time.plus(at("2026-02-13T17:00"), Window.workingHours(3))).isEqualTo(at("2026-02-14T11:00"));
    }

    @Test
    void shouldBeDueFeb24At1130WhenPostedSaturdayFeb14At1800With3WorkingHoursBecauseTheSpringFestivalBreakIsSkipped() {
        assertThat(time.plus(at("2026-02-14T18:00"), Window.workingHours(3))).isEqualTo(at("2026-02-24T11:30"));
    }

    @Test
    void shouldSkipTheLunchBreakWhenPostedAt1100With3WorkingHours() {
        // 11:00–12:00 = 1 h, 14:00–16:00 = 2 h
        assertThat(time.plus(at("2026-03-02T11:00"), Window.workingHours(3))).isEqualTo(at("2026-03-02T16:00"));
    }

    @Test
    void shouldStartAt0830WhenPostedBeforeWorkingHours() {
        assertThat(time.plus(at("2026-03-02T06:00"), Window.workingHours(3))).isEqualTo(at("2026-03-02T11:30"));
    }

    @Test
    void shouldStartAt1400WhenPostedDuringTheLunchBreak() {
        assertThat(time.plus(at("2026-03-02T12:30"), Window.workingHours(3))).isEqualTo(at("2026-03-02T17:00"));
    }

    @Test
    void shouldEndAtNoonNotAt1400WhenTheHoursRunOutExactlyAtTheLunchBreak() {
        assertThat(time.plus(at("2026-03-02T09:00"), Window.workingHours(3))).isEqualTo(at("2026-03-02T12:00"));
    }

    @Test
    void shouldRunOverTheWeekendWhenPostedFridayAt1600With3WorkingHours() {
        // Fri 16:00–17:30 = 1.5 h, Mon 08:30–10:00 = 1.5 h
        assertThat(time.plus(at("2026-03-06T16:00"), Window.workingHours(3))).isEqualTo(at("2026-03-09T10:00"));
    }

    @Test
    void shouldSkipNewYear2026WhenPostedDec31At1700With3WorkingHoursAndCountMakeUpSundayJan4() {
        assertThat(time.plus(at("2025-12-31T17:00"), Window.workingHours(3))).isEqualTo(at("2026-01-04T11:00"));
    }

    @Test
    void shouldSkipNationalDay2025WhenPostedSep30At1700With3WorkingHours() {
        assertThat(time.plus(at("2025-09-30T17:00"), Window.workingHours(3))).isEqualTo(at("2025-10-09T11:00"));
    }

    // calendar hours: the clock never stops

    @Test
    void shouldBeDue24HoursLaterEvenOverAHolidayWhenTheWindowIsInCalendarHours() {
        assertThat(time.plus(at("2026-02-14T18:00"), Window.calendarHours(24))).isEqualTo(at("2026-02-15T18:00"));
    }

    @Test
    void shouldReadWindowsWrittenAsTextWhenConfigured() {
        assertThat(Window.parse("24h")).isEqualTo(Window.calendarHours(24));
        assertThat(Window.parse("3d")).isEqualTo(Window.calendarHours(72));
        assertThat(Window.parse("3wh")).isEqualTo(Window.workingHours(3));
        assertThat(Window.parse("3WD")).isEqualTo(Window.workingDays(3));
    }

    // working time between two moments, and the pre-breach warning

    @Test
    void shouldCountOnlyWorkingHoursBetweenFridayEveningAndMakeUpSaturdayMorning() {
        assertThat(time.workingTimeBetween(at("2026-02-13T17:00"), at("2026-02-14T11:00")))
                .isEqualTo(Duration.ofHours(3));
        assertThat(time.workingTimeBetween(at("2026-02-14T11:00"), at("2026-02-13T17:00")))
                .isEqualTo(Duration.ofHours(-3));
    }

    @Test
    void shouldWarnAt75PercentOfTheWorkingTimeWhenTheWindowIsInWorkingHours() {
        // 4 working hours from Monday 08:30 end at 12:00 + 0.5 h after lunch; 75 % = 3 h → 11:30
        assertThat(time.fractionOf(at("2026-03-02T08:30"), at("2026-03-02T14:30"), ClockKind.WORKING_HOURS, 0.75))
                .isEqualTo(at("2026-03-02T11:30"));
    }

    @Test
    void shouldWarnAt18HoursWhenTheWindowIs24CalendarHours() {
        assertThat(time.fractionOf(at("2026-03-02T09:00"), at("2026-03-03T09:00"), ClockKind.CALENDAR_HOURS, 0.75))
                .isEqualTo(at("2026-03-03T03:00"));
    }

    // a missing year is never silent

    @Test
    void shouldReportTheYearWhenADeadlineRunsIntoAYearWithNoCalendar() {
        var reported = new java.util.TreeSet<Integer>();
        CalendarSnapshot calendar = new CalendarSnapshot(Map.of(2026, CalendarFixture.official().all().get(2026)),
                CalendarFixture.DEFAULT_HOURS, reported::add);
        WorkingTime onlyThisYear = new WorkingTime(calendar, SHANGHAI, WorkingDayConvention.NEXT_DAY_CLOSE_OF_BUSINESS);

        assertThat(onlyThisYear.plus(at("2026-12-31T10:00"), Window.workingDays(1))).isEqualTo(at("2027-01-01T17:30"));
        assertThat(reported).containsExactly(2027);
    }

    @Test
    void shouldRefuseAYearFileWhenADayIsBothOffAndAMakeUpDay() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CalendarYear(2027, "test", List.of(
                        new Holiday("春节", "Spring Festival", List.of(java.time.LocalDate.parse("2027-02-06"),
                                java.time.LocalDate.parse("2027-02-12")), List.of(java.time.LocalDate.parse("2027-02-07")))),
                        null))
                .hasMessageContaining("both a day off and a make-up working day");
    }
}
