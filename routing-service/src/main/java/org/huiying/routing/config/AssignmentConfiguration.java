package org.huiying.routing.config;

import org.huiying.routing.assignment.AssignmentPolicy;
import org.huiying.routing.calendar.CalendarProperties;
import org.huiying.routing.calendar.ReturnCalendar;
import org.huiying.support.time.TimeProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The assignment policy the aggregate's handlers receive, from {@code huiying.routing.*}, the zone and the calendar. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties({RoutingProperties.class, CalendarProperties.class})
public class AssignmentConfiguration {

    @Bean
    public AssignmentPolicy assignmentPolicy(RoutingProperties routing, TimeProperties time, ReturnCalendar calendar) {
        return new AssignmentPolicy(routing.returnWindowWorkingDays(), routing.problemAfterHandovers(),
                routing.problemAfterWaiting(), time.zone(), calendar.days());
    }
}
