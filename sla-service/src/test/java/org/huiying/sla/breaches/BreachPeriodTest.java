package org.huiying.sla.breaches;

import org.huiying.support.web.InvalidParameterException;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BreachPeriodTest {

    @Test
    void shouldCoverOneMonthWhenThePeriodIsAMonth() {
        assertThat(BreachPeriod.parse("2026-03", null, null).months()).containsExactly(YearMonth.of(2026, 3));
    }

    @Test
    void shouldCoverTwelveMonthsWhenThePeriodIsAYear() {
        assertThat(BreachPeriod.parse("2026", null, null).months()).hasSize(12)
                .startsWith(YearMonth.of(2026, 1)).endsWith(YearMonth.of(2026, 12));
    }

    @Test
    void shouldCoverBothEndsWhenFromAndToAreGiven() {
        assertThat(BreachPeriod.parse(null, "2025-12", "2026-02").months())
                .containsExactly(YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2));
    }

    @Test
    void shouldNameThePeriodWhenItIsNotAMonth() {
        assertThatThrownBy(() -> BreachPeriod.parse("2026-13", null, null))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("period"));
    }

    @Test
    void shouldNameTheMissingEndWhenOnlyFromIsGiven() {
        assertThatThrownBy(() -> BreachPeriod.parse(null, "2026-01", null))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }

    @Test
    void shouldNameToWhenTheRangeRunsBackwards() {
        assertThatThrownBy(() -> BreachPeriod.parse(null, "2026-03", "2026-01"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }
}
