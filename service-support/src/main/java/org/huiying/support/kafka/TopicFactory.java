package org.huiying.support.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;

/** Builds the {@link NewTopic} declarations a service makes for the topics it writes. */
public class TopicFactory {

    private final int partitions;
    private final int replicas;

    public TopicFactory(int partitions, int replicas) {
        this.partitions = partitions;
        this.replicas = replicas;
    }

    /** Kept forever: the topics are the history every read model is rebuilt from. */
    public NewTopic eventTopic(String name) {
        return TopicBuilder.name(name).partitions(partitions).replicas(replicas)
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .build();
    }

    /** Keeps the latest record per key forever: a table, such as the unit directory. */
    public NewTopic compactedTopic(String name) {
        return TopicBuilder.name(name).partitions(partitions).replicas(replicas)
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .build();
    }

    public NewTopic deadLetterTopic(String name) {
        return TopicBuilder.name(name).partitions(1).replicas(replicas).build();
    }
}
