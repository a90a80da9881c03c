package org.huiying.support.web;

import org.huiying.support.time.TimeProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

/**
 * Bounds on the periods a request may ask about ({@code huiying.periods}): every day in the years
 * {@code earliest-year} (2000) to next year (in the deployment's zone), and {@code from}..{@code to} no longer than
 * {@code max-span} (10 years). A period is walked month by month or day by day, so an unbounded one
 * ({@code from=0001-01-01}) would exhaust memory; a period outside is a 400 problem naming the field.
 */
public class PeriodLimits {

    private final Settings settings;
    private final Clock clock;
    private final TimeProperties time;

    public PeriodLimits(Settings settings, Clock clock, TimeProperties time) {
        this.settings = settings;
        this.clock = clock;
        this.time = time;
    }

    /** Refuses a year outside earliest-year..next year, naming the field. */
    public void requireYear(String field, int year) {
        int latest = LocalDate.now(clock.withZone(time.zone())).getYear() + 1;
        if (year < settings.earliestYear() || year > latest) {
            throw new InvalidParameterException(field, year + " is outside the years " + settings.earliestYear()
                    + " to " + latest + " 统计期间超出范围");
        }
    }

    /** Refuses days outside the years allowed, or {@code from}..{@code to} (both included) longer than the span. */
    public void requireDays(String fromField, LocalDate from, String toField, LocalDate to) {
        requireYear(fromField, from.getYear());
        requireYear(toField, to.getYear());
        if (!to.isBefore(from.plus(settings.maxSpan()))) {
            throw new InvalidParameterException(toField, "the period " + from + " to " + to + " is longer than "
                    + settings.maxSpan() + "; ask for at most " + settings.maxSpan() + " at once 统计期间过长");
        }
    }

    /** {@code huiying.periods.earliest-year} (default 2000) and {@code max-span} (default {@code P10Y}). */
    @ConfigurationProperties("huiying.periods")
    public record Settings(Integer earliestYear, Period maxSpan) {

        public Settings {
            earliestYear = earliestYear == null ? 2000 : earliestYear;
            maxSpan = maxSpan == null ? Period.ofYears(10) : maxSpan;
        }
    }
}
