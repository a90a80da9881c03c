package org.huiying.support.web;

import org.huiying.support.mongo.DurablePoint;
import org.huiying.support.mongo.MongoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.huiying.support.time.TimeConfiguration;
import org.huiying.support.time.TimeProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.time.Clock;

@AutoConfiguration(after = {TimeConfiguration.class, MongoConfiguration.class})
@Import(ProblemResponses.class)
@EnableConfigurationProperties(PeriodLimits.Settings.class)
public class WebConfiguration {

    @Bean
    public PeriodLimits periodLimits(PeriodLimits.Settings settings, Clock clock, TimeProperties time) {
        return new PeriodLimits(settings, clock, time);
    }

    @Bean
    @ConditionalOnBean(DurablePoint.class)
    public DurableBeforeAnswer durableBeforeAnswer(DurablePoint durable) {
        return new DurableBeforeAnswer(durable);
    }
}
