package org.huiying.support.web;

import org.huiying.support.time.TimeProperties;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodLimitsTest {

    /** 2026-12-31 20:00 in UTC is already 2027 in Anji: next year is 2028 there. */
    private final PeriodLimits limits = new PeriodLimits(new PeriodLimits.Settings(null, null),
            Clock.fixed(Instant.parse("2026-12-31T20:00:00Z"), ZoneId.of("UTC")),
            new TimeProperties(ZoneId.of("Asia/Shanghai")));

    @Test
    void shouldRefuseNamingTheFieldWhenAYearIsBefore2000OrAfterNextYear() {
        assertThatThrownBy(() -> limits.requireDays("from", LocalDate.of(1, 1, 1), "to", LocalDate.of(2025, 1, 1)))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> limits.requireYear("period", 2029))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.field()).isEqualTo("period"));
        assertThatCode(() -> limits.requireYear("period", 2028)).doesNotThrowAnyException();
        assertThatCode(() -> limits.requireYear("period", 2000)).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseNamingToWhenThePeriodIsLongerThanTenYears() {
        assertThatThrownBy(() -> limits.requireDays("from", LocalDate.of(2010, 1, 1), "to", LocalDate.of(2020, 1, 1)))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("to"))
                .hasMessageContaining("P10Y");
        assertThatCode(() -> limits.requireDays("from", LocalDate.of(2010, 1, 1), "to", LocalDate.of(2019, 12, 31)))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldUseTheConfiguredSpanWhenOneIsSet() {
        PeriodLimits twoYears = new PeriodLimits(new PeriodLimits.Settings(2020, Period.ofYears(2)),
                Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneId.of("UTC")),
                new TimeProperties(ZoneId.of("Asia/Shanghai")));

        assertThatThrownBy(() -> twoYears.requireDays("from", LocalDate.of(2023, 1, 1), "to", LocalDate.of(2025, 1, 1)))
                .hasMessageContaining("P2Y");
        assertThatThrownBy(() -> twoYears.requireYear("from", 2019)).hasMessageContaining("2020 to 2027");
    }
}
