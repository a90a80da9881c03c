package org.huiying.sla.breaches;

import org.huiying.support.time.TimeProperties;
import org.huiying.support.web.InvalidParameterException;
import org.huiying.support.web.PeriodLimits;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BreachPeriodTest {

    private static final PeriodLimits LIMITS = new PeriodLimits(new PeriodLimits.Settings(null, null),
            Clock.fixed(Instant.parse("2026-03-10T00:00:00Z"), ZoneOffset.UTC),
            new TimeProperties(ZoneId.of("Asia/Shanghai")));

    @Test
    void shouldCoverOneMonthWhenThePeriodIsAMonth() {
        assertThat(BreachPeriod.parse("2026-03", null, null, LIMITS).months()).containsExactly(YearMonth.of(2026, 3));
    }

    @Test
    void shouldCoverTwelveMonthsWhenThePeriodIsAYear() {
        assertThat(BreachPeriod.parse("2026", null, null, LIMITS).months()).hasSize(12)
                .startsWith(YearMonth.of(2026, 1)).endsWith(YearMonth.of(2026, 12));
    }

    @Test
    void shouldCoverBothEndsWhenFromAndToAreGiven() {
        assertThat(BreachPeriod.parse(null, "2025-12", "2026-02", LIMITS).months())
                .containsExactly(YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2));
    }

    @Test
    void shouldNameThePeriodWhenItIsNotAMonth() {
        assertThatThrownBy(() -> BreachPeriod.parse("2026-13", null, null, LIMITS))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("period"));
    }

    @Test
    void shouldNameTheMissingEndWhenOnlyFromIsGiven() {
        assertThatThrownBy(() -> BreachPeriod.parse(null, "2026-01", null, LIMITS))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }

    @Test
    void shouldNameToWhenTheRangeRunsBackwards() {
        assertThatThrownBy(() -> BreachPeriod.parse(null, "2026-03", "2026-01", LIMITS))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }

    @Test
    void shouldNameTheFieldWhenThePeriodReachesOutsideTheYearsAllowed() {
        assertThatThrownBy(() -> BreachPeriod.parse("0001", null, null, LIMITS))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("period"));
        assertThatThrownBy(() -> BreachPeriod.parse(null, "1999-12", "2026-01", LIMITS))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> BreachPeriod.parse(null, "2026-01", "2028-01", LIMITS))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }

    @Test
    void shouldNameToWhenTheRangeIsLongerThanTenYears() {
        assertThat(BreachPeriod.parse(null, "2016-01", "2025-12", LIMITS).months()).hasSize(120);
        assertThatThrownBy(() -> BreachPeriod.parse(null, "2015-12", "2025-12", LIMITS))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }
}
