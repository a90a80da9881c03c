package org.huiying.sla.messaging;

import org.apache.kafka.clients.admin.NewTopic;
import org.huiying.contracts.Topics;
import org.huiying.support.kafka.TopicFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class SlaTopics {

    @Bean
    public NewTopic deadlinesTopic(TopicFactory topics) {
        return topics.eventTopic(Topics.SLA_DEADLINES);
    }

    @Bean
    public NewTopic extensionsTopic(TopicFactory topics) {
        return topics.eventTopic(Topics.SLA_EXTENSIONS);
    }

    @Bean
    public NewTopic escalationsTopic(TopicFactory topics) {
        return topics.eventTopic(Topics.SLA_ESCALATIONS);
    }

    @Bean
    public NewTopic intakeCasesDeadLetterTopic(TopicFactory topics) {
        return topics.deadLetterTopic(Topics.INTAKE_CASES_DLT);
    }

    @Bean
    public NewTopic watermarksDeadLetterTopic(TopicFactory topics) {
        return topics.deadLetterTopic(Topics.INTAKE_WATERMARKS_DLT);
    }

    @Bean
    public NewTopic assignmentsDeadLetterTopic(TopicFactory topics) {
        return topics.deadLetterTopic(Topics.ROUTING_ASSIGNMENTS_DLT);
    }
}
