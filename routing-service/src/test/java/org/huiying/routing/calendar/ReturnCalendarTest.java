package org.huiying.routing.calendar;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.huiying.routing.assignment.AssignmentPolicy;
import org.huiying.support.time.TimeProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Monday 23 November 2026: 2026 ships, 2027 is not published yet. */
    private static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), SHANGHAI);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void shouldCountMondayToFridayAndNeverRefuseWhenAReturnWindowRunsIntoAYearWithNoCalendar() {
        // given
        ReturnCalendar calendar = calendar(null);
        AssignmentPolicy policy = AssignmentPolicy.standard(SHANGHAI, calendar.days());

        // when: dispatched Thursday 2027-12-30 10:00; Friday Dec 31 = 1, Monday Jan 3 2028 = 2
        Instant until = policy.returnableUntil(at("2027-12-30T10:00"));

        // then
        assertThat(until).isEqualTo(at("2028-01-03T10:00"));
        assertThat(calendar.missingYears()).containsExactly(2027, 2028);
        assertThat(meters.get("huiying.routing.calendar.missing.year.lookups").counter().count()).isPositive();
        assertThat(meters.get("huiying.routing.calendar.years.missing").gauge().value()).isEqualTo(2.0);
    }

    @Test
    void shouldReportNextYearAsMissingWhenOnlyTheShippedYearsAreLoaded() {
        ReturnCalendar calendar = calendar(null);

        assertThat(calendar.days().years()).containsExactly(2025, 2026);
        assertThat(calendar.missingYears()).containsExactly(2027);
        assertThat(meters.get("huiying.routing.calendar.years.loaded").gauge().value()).isEqualTo(2.0);
        assertThat(meters.get("huiying.routing.calendar.missing.year.lookups").counter().count()).isZero();
    }

    @Test
    void shouldSkipTheSpringFestival2027WhenItsYearFileIsInTheCalendarDirectory(@TempDir Path dir) throws IOException {
        // given
        Files.writeString(dir.resolve("2027.yml"), """
                year: 2027
                source: test notice
                holidays:
                  - { name: 春节, nameEn: Spring Festival, off: [2027-02-06, 2027-02-13], workdays: [2027-02-20] }
                """);
        ReturnCalendar calendar = calendar(dir);

        // then
        assertThat(calendar.missingYears()).isEmpty();
        assertThat(calendar.days().isWorkingDay(LocalDate.parse("2027-02-08"))).isFalse();
        assertThat(calendar.days().isWorkingDay(LocalDate.parse("2027-02-20"))).isTrue();
        assertThat(AssignmentPolicy.standard(SHANGHAI, calendar.days()).returnableUntil(at("2027-02-05T10:00")))
                .isEqualTo(at("2027-02-16T10:00"));
    }

    private ReturnCalendar calendar(Path dir) {
        return new ReturnCalendar(new CalendarProperties(dir), new TimeProperties(SHANGHAI), NOV_2026, meters);
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
