package org.huiying.reporting.assessment;

import org.junit.jupiter.api.Test;
import org.springframework.web.server.ServerWebInputException;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {

    @Test
    void shouldCoverTheWholeYearWhenTheYearIsGiven() {
        Period year = Period.parse("2025", null, null);

        assertThat(year.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(year.to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(year.months()).hasSize(12);
        assertThat(year.wholeMonths()).isTrue();
    }

    @Test
    void shouldCoverThreeMonthsWhenAQuarterIsGiven() {
        Period q2 = Period.parse("2025-Q2", null, null);

        assertThat(q2.months()).containsExactly(YearMonth.of(2025, 4), YearMonth.of(2025, 5), YearMonth.of(2025, 6));
    }

    @Test
    void shouldCoverOneMonthWhenAMonthIsGiven() {
        assertThat(Period.parse("2024-02", null, null).to()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void shouldNotBeWholeMonthsWhenFromAndToCutAMonth() {
        Period part = Period.parse(null, "2025-03-10", "2025-04-30");

        assertThat(part.wholeMonths()).isFalse();
        assertThat(part.months()).containsExactly(YearMonth.of(2025, 3), YearMonth.of(2025, 4));
    }

    @Test
    void shouldRefuseNamingTheParameterWhenThePeriodIsMalformed() {
        assertThatThrownBy(() -> Period.parse("2025-13", null, null)).isInstanceOf(ServerWebInputException.class)
                .hasMessageContaining("'period'");
        assertThatThrownBy(() -> Period.parse("last year", null, null)).hasMessageContaining("'period'");
        assertThatThrownBy(() -> Period.parse(null, "2025-03-01", null)).hasMessageContaining("'to'");
        assertThatThrownBy(() -> Period.parse(null, "2025-03-01", "2025-02-01")).hasMessageContaining("'to'");
        assertThatThrownBy(() -> Period.parse(null, "01.03.2025", "2025-04-01")).hasMessageContaining("'from'");
    }
}
