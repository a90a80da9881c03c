package org.huiying.support.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarYearsTest {

    private final List<Integer> reported = new ArrayList<>();

    @Test
    void shouldShipTheOfficial2025And2026CalendarsWhenNoDirectoryIsSet() {
        assertThat(CalendarYears.shippedAndIn(null)).containsOnlyKeys(2025, 2026);
        assertThat(CalendarYears.shippedAndIn(Path.of(""))).containsOnlyKeys(2025, 2026);
    }

    @Test
    void shouldReachThursday2025Oct9AsTheFirstWorkingDayAfterSep30BecauseOct1To8AreOff() {
        CalendarYears official = new CalendarYears(CalendarYears.shippedAndIn(null), reported::add);

        assertThat(official.nthWorkingDayAfter(LocalDate.parse("2025-09-30"), 1)).isEqualTo("2025-10-09");
        assertThat(official.nthWorkingDayAfter(LocalDate.parse("2025-10-09"), 2)).isEqualTo("2025-10-11");
        assertThat(reported).isEmpty();
    }

    @Test
    void shouldCountMondayToFridayAndReportTheYearWhenADayLiesInAYearWithNoCalendar() {
        CalendarYears official = new CalendarYears(CalendarYears.shippedAndIn(null), reported::add);

        assertThat(official.nthWorkingDayAfter(LocalDate.parse("2026-12-31"), 1)).isEqualTo("2027-01-01");
        assertThat(reported).containsOnly(2027);
    }

    @Test
    void shouldReplaceAShippedYearWhenTheDirectoryHasAFileForIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2026-local.yml"), """
                year: 2026
                source: local variation
                holidays:
                  - { name: 地方节日, nameEn: Local day, off: [2026-03-02, 2026-03-02] }
                """);

        CalendarYears local = new CalendarYears(CalendarYears.shippedAndIn(dir), reported::add);

        assertThat(local.get(2026).source()).isEqualTo("local variation");
        assertThat(local.isWorkingDay(LocalDate.parse("2026-03-02"))).isFalse();
        assertThat(local.isWorkingDay(LocalDate.parse("2025-10-08"))).isFalse();
    }
}
