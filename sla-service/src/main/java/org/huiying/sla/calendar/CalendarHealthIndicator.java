package org.huiying.sla.calendar;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * {@code calendar}: DOWN when this year's official calendar is not loaded (new deadlines would be wrong); UP with a
 * {@code warning} when next year's, or a year a deadline reached into, is missing.
 */
@Component("calendar")
public class CalendarHealthIndicator extends AbstractHealthIndicator {

    private final OfficialCalendar calendar;

    public CalendarHealthIndicator(OfficialCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        Set<Integer> missing = calendar.missingYears();
        health.withDetail("loadedYears", calendar.snapshot().years()).withDetail("missingYears", missing);
        if (missing.contains(calendar.currentYear())) {
            health.down().withDetail("error", "No official calendar for " + calendar.currentYear()
                    + " 未加载本年度工作日历: load it with PUT /api/calendar/years/" + calendar.currentYear());
        } else if (!missing.isEmpty()) {
            health.up().withDetail("warning", "No official calendar for " + missing
                    + " 未加载工作日历: days of these years are counted Monday–Friday until loaded");
        } else {
            health.up();
        }
    }
}
