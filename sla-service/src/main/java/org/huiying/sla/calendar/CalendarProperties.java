package org.huiying.sla.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.util.List;

/**
 * The working-time calendar's settings ({@code huiying.sla.calendar}).
 *
 * @param dir          optional directory of extra year files ({@code *.yml} / {@code *.json}) read at start-up
 * @param workingHours default working hours of a working day
 * @param convention   how "N working days" is read
 */
@ConfigurationProperties("huiying.sla.calendar")
public record CalendarProperties(Path dir, List<String> workingHours, WorkingDayConvention convention) {

    public CalendarProperties {
        workingHours = workingHours == null || workingHours.isEmpty()
                ? List.of("08:30-12:00", "14:00-17:30") : workingHours;
        convention = convention == null ? WorkingDayConvention.NEXT_DAY_CLOSE_OF_BUSINESS : convention;
    }
}
