package org.huiying.intake.messaging;

import org.apache.kafka.clients.admin.NewTopic;
import org.huiying.contracts.Topics;
import org.huiying.support.kafka.TopicFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The topics intake writes: its events, and the dead letters of what it consumes. */
@Configuration
public class IntakeTopics {

    @Bean
    public NewTopic intakeCasesTopic(TopicFactory topics) {
        return topics.eventTopic(Topics.INTAKE_CASES);
    }

    @Bean
    public NewTopic intakeWatermarksTopic(TopicFactory topics) {
        return topics.compactedTopic(Topics.INTAKE_WATERMARKS);
    }

    /** Scrapers are external; intake, their only reader, declares the topic they write. */
    @Bean
    public NewTopic scraperPostsTopic(TopicFactory topics) {
        return topics.eventTopic(Topics.SCRAPER_POSTS);
    }

    @Bean
    public NewTopic scraperPostsDeadLetterTopic(TopicFactory topics) {
        return topics.deadLetterTopic(Topics.SCRAPER_POSTS_DLT);
    }

    @Bean
    public NewTopic unitsDeadLetterTopic(TopicFactory topics) {
        return topics.deadLetterTopic(Topics.ROUTING_UNITS_DLT);
    }

    @Bean
    public NewTopic assignmentsDeadLetterTopic(TopicFactory topics) {
        return topics.deadLetterTopic(Topics.ROUTING_ASSIGNMENTS_DLT);
    }
}
