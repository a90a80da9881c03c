package org.huiying.support.test;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;


/** Reads a topic from the beginning, as any other consumer would, so a test can wait for what was published. */
public final class TopicProbe implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public TopicProbe(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        consumer.subscribe(List.of(topic));
    }

    /** Waits until a record matching the condition has arrived; returns it. */
    public ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> condition) {
        return await(condition, Duration.ofSeconds(60));
    }

    public ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> condition,
                                                Duration timeout) {
        org.awaitility.Awaitility.await().atMost(timeout).until(() -> {
            poll();
            return seen.stream().anyMatch(condition);
        });
        return seen.stream().filter(condition).findFirst().orElseThrow();
    }

    /** Everything received so far that matches (after one more poll). */
    public List<ConsumerRecord<String, String>> all(Predicate<ConsumerRecord<String, String>> condition) {
        poll();
        return seen.stream().filter(condition).toList();
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
