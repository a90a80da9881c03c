package org.huiying.reporting.rebuild;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.huiying.contracts.Topics;
import org.huiying.reporting.casefacts.CaseFactsProjector;
import org.huiying.reporting.casefacts.ReadModel;
import org.huiying.support.kafka.EnvelopeCodec;
import org.huiying.support.kafka.UnreadableMessageException;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads every case topic from its first record up to the end it had when the replay began, without a consumer group,
 * and folds each event into the given read model. Records that cannot be read are skipped: the live listener has
 * already sent them to the dead-letter topic.
 */
@Component
public class TopicReplayer {

    static final List<String> TOPICS = List.of(Topics.INTAKE_CASES, Topics.ROUTING_ASSIGNMENTS, Topics.SLA_DEADLINES,
            Topics.SLA_EXTENSIONS, Topics.SLA_ESCALATIONS);

    private final KafkaProperties kafka;
    private final EnvelopeCodec codec;
    private final CaseFactsProjector projector;

    public TopicReplayer(KafkaProperties kafka, EnvelopeCodec codec, CaseFactsProjector projector) {
        this.kafka = kafka;
        this.codec = codec;
        this.projector = projector;
    }

    public void replay(ReadModel model, AtomicLong replayed) {
        Map<String, Object> config = kafka.buildConsumerProperties(null);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                // one unit of work a poll: its writes go to the read model in one bulk write per collection
                DefaultUnitOfWork.startAndGet(null).execute(() -> {
                    for (ConsumerRecord<String, String> record : records) {
                        if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                            apply(model, record);
                            replayed.incrementAndGet();
                        }
                    }
                });
            }
        }
    }

    private void apply(ReadModel model, ConsumerRecord<String, String> record) {
        try {
            projector.applyTo(model, codec.decode(record.value()).data());
        } catch (UnreadableMessageException e) {
            // dead-lettered by the live listener; nothing to fold in
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        Map<String, List<PartitionInfo>> existing = consumer.listTopics(Duration.ofSeconds(30));
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : Set.copyOf(TOPICS)) {
            existing.getOrDefault(topic, List.of())
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        return partitions;
    }
}
