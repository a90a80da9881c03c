package org.huiying.sla.breaches;

import org.huiying.support.web.InvalidParameterException;
import org.huiying.support.web.PeriodLimits;

import java.time.DateTimeException;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The months a breach query covers: {@code period=2026-03} (a month), {@code period=2026} (a year), or
 * {@code from=2026-01&to=2026-03} (months, both included). Months are read in the deployment's zone; a period
 * outside the years or longer than the span {@link PeriodLimits} allows (2000 to next year, ten years) is refused.
 */
record BreachPeriod(YearMonth from, YearMonth to) {

    static BreachPeriod parse(String period, String from, String to, PeriodLimits limits) {
        BreachPeriod range = parse(period, from, to);
        if (period != null) {
            limits.requireDays("period", range.from.atDay(1), "period", range.to.atEndOfMonth());
        } else {
            limits.requireDays("from", range.from.atDay(1), "to", range.to.atEndOfMonth());
        }
        return range;
    }

    private static BreachPeriod parse(String period, String from, String to) {
        if (period != null && (from != null || to != null)) {
            throw new InvalidParameterException("period", "give either period or from/to, not both 二选一");
        }
        if (period != null) {
            if (period.matches("\\d{4}")) {
                Year year = Year.parse(period);
                return new BreachPeriod(year.atMonth(1), year.atMonth(12));
            }
            return new BreachPeriod(month("period", period), month("period", period));
        }
        if (from == null || to == null) {
            throw new InvalidParameterException(from == null ? "from" : "to",
                    "give period=2026-03 (or 2026), or both from and to as yyyy-MM 须指定统计期间");
        }
        BreachPeriod range = new BreachPeriod(month("from", from), month("to", to));
        if (range.to.isBefore(range.from)) {
            throw new InvalidParameterException("to", "must not be before from 截止月份不得早于起始月份");
        }
        return range;
    }

    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static YearMonth month(String field, String text) {
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeException e) {
            throw new InvalidParameterException(field, "'" + text + "' is not a month like 2026-03 (or a year like 2026)");
        }
    }
}
