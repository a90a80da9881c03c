package org.huiying.routing.config;

import org.huiying.routing.assignment.AssignmentPolicy;
import org.huiying.support.time.TimeProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The assignment policy the aggregate's handlers receive, from {@code huiying.routing.*} and the zone. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(RoutingProperties.class)
public class AssignmentConfiguration {

    @Bean
    public AssignmentPolicy assignmentPolicy(RoutingProperties routing, TimeProperties time) {
        return new AssignmentPolicy(routing.returnWindowWorkingDays(), routing.problemAfterHandovers(),
                routing.problemAfterWaiting(), time.zone());
    }
}
