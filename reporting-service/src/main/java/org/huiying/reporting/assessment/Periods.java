package org.huiying.reporting.assessment;

import org.huiying.support.web.InvalidParameterException;
import org.huiying.support.web.PeriodLimits;
import org.springframework.stereotype.Component;

import java.time.YearMonth;

/**
 * Reads the period parameters of a request and keeps them within the deployment's bounds ({@link PeriodLimits}:
 * the years 2000 to next year, at most ten years at once), so no request walks an unbounded period.
 */
@Component
public class Periods {

    private final PeriodLimits limits;

    public Periods(PeriodLimits limits) {
        this.limits = limits;
    }

    /** {@code period} (2025, 2025-03, 2025-Q1) or {@code from}/{@code to} dates. */
    public Period parse(String period, String from, String to) {
        Period parsed = Period.parse(period, from, to);
        if (period != null) {
            limits.requireDays("period", parsed.from(), "period", parsed.to());
        } else {
            limits.requireDays("from", parsed.from(), "to", parsed.to());
        }
        return parsed;
    }

    /** A single period parameter named {@code name}, e.g. a year. */
    public Period parse(String name, String period) {
        Period parsed;
        try {
            parsed = Period.parse(period);
        } catch (InvalidParameterException e) {
            throw Period.invalid(name, "'" + period + "' is not a year");
        }
        limits.requireDays(name, parsed.from(), name, parsed.to());
        return parsed;
    }

    /** A month parameter, yyyy-MM. */
    public YearMonth month(String name, String value) {
        YearMonth month = Period.month(name, value);
        limits.requireYear(name, month.getYear());
        return month;
    }
}
