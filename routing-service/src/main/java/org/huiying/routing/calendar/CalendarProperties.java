package org.huiying.routing.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * The official calendar's settings in routing ({@code huiying.routing.calendar}).
 *
 * @param dir optional directory of extra year files ({@code *.yml} / {@code *.json}) read at start-up; the same
 *            {@code HUIYING_CALENDAR_DIR} sla-service reads
 */
@ConfigurationProperties("huiying.routing.calendar")
public record CalendarProperties(Path dir) {
}
