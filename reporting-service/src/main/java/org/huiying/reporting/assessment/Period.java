package org.huiying.reporting.assessment;

import org.huiying.support.web.InvalidParameterException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An assessment period: the days (inclusive, in the configured zone) whose posts it counts. Written {@code 2025},
 * {@code 2025-03}, {@code 2025-Q1}, or given as {@code from}/{@code to} dates.
 */
public record Period(String label, LocalDate from, LocalDate to) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public static Period parse(String period, String from, String to) {
        if (period != null && (from != null || to != null)) {
            throw invalid("period", "give either 'period' or 'from'/'to', not both");
        }
        if (period != null) {
            return parse(period);
        }
        if (from == null || to == null) {
            throw invalid(from == null ? "from" : "to", "give 'period' (2025, 2025-03, 2025-Q1) or both 'from' and 'to'");
        }
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw invalid("to", "'to' " + to + " is before 'from' " + from);
        }
        return new Period(from + "/" + to, start, end);
    }

    public static Period parse(String period) {
        try {
            Matcher m = YEAR.matcher(period);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                return new Period(period, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            m = QUARTER.matcher(period);
            if (m.matches()) {
                YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1);
                return new Period(period, first.atDay(1), first.plusMonths(2).atEndOfMonth());
            }
            m = MONTH.matcher(period);
            if (m.matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new Period(period, month.atDay(1), month.atEndOfMonth());
            }
        } catch (DateTimeException e) {
            throw invalid("period", "'" + period + "' is not a valid period: " + e.getMessage());
        }
        throw invalid("period", "'" + period + "' is not a period; use 2025, 2025-03 or 2025-Q1");
    }

    public static YearMonth month(String name, String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeException | NullPointerException e) {
            throw invalid(name, "'" + value + "' is not a month; use yyyy-MM, e.g. 2025-03");
        }
    }

    /** The months the period touches. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** Whether the period is made of whole months, so the per-month figure documents answer it exactly. */
    public boolean wholeMonths() {
        return from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw invalid(name, "'" + value + "' is not a date; use yyyy-MM-dd");
        }
    }

    static InvalidParameterException invalid(String parameter, String message) {
        return new InvalidParameterException(parameter, message);
    }
}
