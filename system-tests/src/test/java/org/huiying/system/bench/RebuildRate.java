package org.huiying.system.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.huiying.contracts.Topics;
import org.huiying.reporting.rebuild.RebuildService;
import org.huiying.reporting.rebuild.RebuildStatus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rebuilding reporting beside a plain consumer, in the same run on the same topics: the records/s a bare
 * {@link KafkaConsumer} reads from the case topics' first record to their end, then the events/s reporting's rebuild
 * (started as {@code POST /api/admin/rebuild} starts it) replays into a fresh generation until it switches over.
 */
final class RebuildRate {

    private static final List<String> CASE_TOPICS = List.of(Topics.INTAKE_CASES, Topics.ROUTING_ASSIGNMENTS,
            Topics.SLA_DEADLINES, Topics.SLA_EXTENSIONS, Topics.SLA_ESCALATIONS);

    record Result(long plainRecords, double plainSeconds, long replayedEvents, double rebuildSeconds, String state) {

        double plainPerSecond() {
            return plainRecords / plainSeconds;
        }

        double rebuildPerSecond() {
            return replayedEvents / rebuildSeconds;
        }
    }

    private RebuildRate() {
    }

    static Result measure(BenchSystem system) throws InterruptedException {
        long plainStart = System.nanoTime();
        long plainRecords = readToTheEnd(system.brokers());
        double plainSeconds = (System.nanoTime() - plainStart) / 1e9;

        RebuildService rebuilds = system.context("reporting-service").getBean(RebuildService.class);
        long rebuildStart = System.nanoTime();
        rebuilds.start();
        RebuildStatus status = rebuilds.status();
        while ("running".equals(status.state())) {
            Thread.sleep(100);
            status = rebuilds.status();
        }
        double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;
        return new Result(plainRecords, plainSeconds, status.eventsReplayed(), rebuildSeconds, status.state());
    }

    private static long readToTheEnd(String brokers) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        long records = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.listTopics(Duration.ofSeconds(30)).forEach((topic, infos) -> {
                if (CASE_TOPICS.contains(topic)) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            });
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                ConsumerRecords<String, String> polled = consumer.poll(Duration.ofMillis(500));
                for (var record : polled) {
                    if (record.value() != null && record.offset() < end.get(
                            new TopicPartition(record.topic(), record.partition()))) {
                        records++;
                    }
                }
            }
        }
        return records;
    }
}
