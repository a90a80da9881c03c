package org.huiying.routing.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The office's handover settings ({@code huiying.routing.*}): the return window in working days, the number of returns
 * and transfers that make a problem case, and how long a case may wait in triage without a lead unit.
 */
@ConfigurationProperties("huiying.routing")
public record RoutingProperties(Integer returnWindowWorkingDays, Integer problemAfterHandovers,
                                Duration problemAfterWaiting) {

    public RoutingProperties {
        returnWindowWorkingDays = returnWindowWorkingDays == null ? 2 : returnWindowWorkingDays;
        problemAfterHandovers = problemAfterHandovers == null ? 3 : problemAfterHandovers;
        problemAfterWaiting = problemAfterWaiting == null ? Duration.ofHours(24) : problemAfterWaiting;
    }
}
