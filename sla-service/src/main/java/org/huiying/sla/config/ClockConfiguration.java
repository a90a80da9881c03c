package org.huiying.sla.config;

import org.huiying.sla.calendar.OfficialCalendar;
import org.huiying.sla.clock.DeadlinePlanner;
import org.huiying.sla.policy.SlaPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The deadline planner the CaseClock's handlers use: the policy in force on the calendar in force. */
@Configuration
public class ClockConfiguration {

    @Bean
    public DeadlinePlanner deadlinePlanner(SlaPolicy policy, OfficialCalendar calendar) {
        return new DeadlinePlanner(policy, calendar::workingTime);
    }
}
