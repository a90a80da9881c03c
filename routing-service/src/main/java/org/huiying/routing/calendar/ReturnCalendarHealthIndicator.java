package org.huiying.routing.calendar;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * {@code calendar}: always UP (a return is never refused for want of a calendar), with a {@code warning} naming the
 * years whose return windows are counted Monday–Friday because no official calendar is loaded.
 */
@Component("calendar")
public class ReturnCalendarHealthIndicator extends AbstractHealthIndicator {

    private final ReturnCalendar calendar;

    public ReturnCalendarHealthIndicator(ReturnCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        Set<Integer> missing = calendar.missingYears();
        health.up().withDetail("loadedYears", calendar.days().years()).withDetail("missingYears", missing);
        if (!missing.isEmpty()) {
            health.withDetail("warning", "No official calendar for " + missing
                    + " 未加载工作日历: return windows in these years are counted Monday–Friday");
        }
    }
}
