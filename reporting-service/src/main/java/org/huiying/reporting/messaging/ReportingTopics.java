package org.huiying.reporting.messaging;

import org.apache.kafka.clients.admin.NewTopic;
import org.huiying.contracts.Topics;
import org.huiying.support.kafka.TopicFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** reporting writes no events; it declares the dead-letter topics of what it reads. */
@Configuration
public class ReportingTopics {

    @Bean
    public NewTopic intakeCasesDeadLetterTopic(TopicFactory topics) {
        return topics.deadLetterTopic(Topics.INTAKE_CASES_DLT);
    }

    @Bean
    public NewTopic assignmentsDeadLetterTopic(TopicFactory topics) {
        return topics.deadLetterTopic(Topics.ROUTING_ASSIGNMENTS_DLT);
    }

    @Bean
    public NewTopic deadlinesDeadLetterTopic(TopicFactory topics) {
        return topics.deadLetterTopic(Topics.SLA_DEADLINES_DLT);
    }

    @Bean
    public NewTopic unitsDeadLetterTopic(TopicFactory topics) {
        return topics.deadLetterTopic(Topics.ROUTING_UNITS_DLT);
    }

    @Bean
    public NewTopic extensionsDeadLetterTopic(TopicFactory topics) {
        return topics.deadLetterTopic(Topics.SLA_EXTENSIONS_DLT);
    }

    @Bean
    public NewTopic escalationsDeadLetterTopic(TopicFactory topics) {
        return topics.deadLetterTopic(Topics.SLA_ESCALATIONS_DLT);
    }
}
