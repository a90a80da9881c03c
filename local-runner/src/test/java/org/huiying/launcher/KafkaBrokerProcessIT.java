package org.huiying.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Starts the real broker child process from target/lib, twice on the same storage. */
class KafkaBrokerProcessIT {

    private static final String TOPIC = "launcher.it.v1";
    private static final String VALUE = "{\"source\":\"anji-bbs\",\"title\":\"孝丰红绿灯\"}";

    private KafkaBrokerProcess broker;

    @AfterEach
    void stopBroker() {
        if (broker != null) {
            broker.stop(Duration.ofSeconds(30));
        }
    }

    @Test
    void servesRecordsAndKeepsThemAcrossRestarts() throws Exception {
        Path dir = Path.of("target", "it-kafka-" + UUID.randomUUID()).toAbsolutePath();
        DataDirectory data = new DataDirectory(dir).create();
        RuntimeLayout layout = RuntimeLayout.detect();
        ChildJvm jvm = new ChildJvm(RuntimeLayout.currentJava(), dir, data.tmp());
        int port = Ports.freePort();
        int controllerPort = Ports.freePort();
        broker = new KafkaBrokerProcess(jvm, layout.libClassPath(), data.kafka(), data.logs(), port, controllerPort);

        long began = System.nanoTime();
        broker.start(Duration.ofSeconds(120));
        report("first start (with format)", began);
        assertThat(broker.isFormatted()).isTrue();
        String clusterId = Files.readString(data.kafka().resolve("cluster-id")).trim();
        assertThat(clusterId).isNotBlank();

        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(TOPIC, "anji-bbs:t-1", VALUE)).get(30, TimeUnit.SECONDS);
        }
        List<ConsumerRecord<String, String>> firstRead = readAll("it-group", true);
        assertThat(firstRead).extracting(ConsumerRecord::key, ConsumerRecord::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("anji-bbs:t-1", VALUE));

        assertThat(broker.stop(Duration.ofSeconds(30))).as("stopped by SIGTERM within the grace period").isTrue();
        assertThat(broker.isRunning()).isFalse();

        began = System.nanoTime();
        broker.start(Duration.ofSeconds(120));
        report("restart", began);
        assertThat(Files.readString(data.kafka().resolve("cluster-id")).trim()).isEqualTo(clusterId);

        List<ConsumerRecord<String, String>> reread = readAll("it-group-after-restart", false);
        assertThat(reread).extracting(ConsumerRecord::value).containsExactly(VALUE);
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("it-group")
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            assertThat(offsets.get(new TopicPartition(TOPIC, 0)).offset()).as("committed offset kept").isEqualTo(1);
        }
        assertThat(data.log("kafka")).isNotEmptyFile();
    }

    private void report(String what, long beganNanos) throws Exception {
        double seconds = (System.nanoTime() - beganNanos) / 1e9;
        String rss = "";
        Path status = Path.of("/proc", Long.toString(broker.process().pid()), "status");
        if (Files.isReadable(status)) {
            rss = Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS")).findFirst().orElse("");
        }
        System.out.printf("Kafka broker %s: ready in %.1f s %s%n", what, seconds, rss.replaceAll("\\s+", " "));
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer());
    }

    private List<ConsumerRecord<String, String>> readAll(String group, boolean commit) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                return !records.isEmpty();
            });
            if (commit) {
                consumer.commitSync(Duration.ofSeconds(30));
            }
        }
        return records;
    }
}
