package org.huiying.routing.messaging;

import org.apache.kafka.clients.admin.NewTopic;
import org.huiying.contracts.Topics;
import org.huiying.support.kafka.TopicFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class RoutingTopics {

    @Bean
    public NewTopic assignmentsTopic(TopicFactory topics) {
        return topics.eventTopic(Topics.ROUTING_ASSIGNMENTS);
    }

    @Bean
    public NewTopic unitsTopic(TopicFactory topics) {
        return topics.compactedTopic(Topics.ROUTING_UNITS);
    }

    @Bean
    public NewTopic intakeCasesDeadLetterTopic(TopicFactory topics) {
        return topics.deadLetterTopic(Topics.INTAKE_CASES_DLT);
    }
}
