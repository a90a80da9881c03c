package org.huiying.intake.scraper;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.huiying.contracts.Topics;
import org.huiying.intake.IntakeLogin;
import org.huiying.support.kafka.DeadLetterHeaders;
import org.huiying.support.test.InProcessMongo;
import org.huiying.support.test.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=intake-service",
                "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(kraft = true, partitions = 1)
class ScrapedPostIT {

    static final InProcessMongo mongo = InProcessMongo.start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("huiying.mongo.uri", mongo::uri);
    }

    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @Autowired
    WebTestClient web;

    KafkaProducer<String, String> scraper;

    @BeforeEach
    void connectScraper() {
        scraper = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    @AfterEach
    void disconnectScraper() {
        scraper.close();
    }

    @Test
    void shouldOpenACaseAndPublishPostReceivedWhenAThreadStartIsScraped() {
        // given
        String post = ScrapedPostFixture.threadStart("anji-bbs", "t-100", "p-100", "路灯坏了一个多月");

        // when
        publish("anji-bbs:t-100", post);

        // then
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/cases/{id}", "anji-bbs:t-100").headers(IntakeLogin::viewer)
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.caseId").isEqualTo("anji-bbs:t-100")
                .jsonPath("$.status").isEqualTo("received")
                .jsonPath("$.title").isEqualTo("路灯坏了一个多月")
                .jsonPath("$.postedAt").isEqualTo("2026-03-02T01:15:00Z")
                .jsonPath("$.author").doesNotExist());
        try (TopicProbe cases = new TopicProbe(brokers, Topics.INTAKE_CASES)) {
            var received = cases.await(r -> "anji-bbs:t-100".equals(r.key()));
            assertThat(received.value()).contains("\"type\":\"post-received\"").doesNotContain("竹乡老李");
        }
    }

    @Test
    void shouldChangeNothingWhenTheScraperResendsAPost() {
        // given
        String post = ScrapedPostFixture.threadStart("anji-bbs", "t-200", "p-200", "公交站台没有遮雨棚");
        publish("anji-bbs:t-200", post);

        // when
        publish("anji-bbs:t-200", post);
        publish("anji-bbs:t-201", ScrapedPostFixture.threadStart("anji-bbs", "t-201", "p-201", "后来的帖子"));

        // then
        try (TopicProbe cases = new TopicProbe(brokers, Topics.INTAKE_CASES)) {
            cases.await(r -> "anji-bbs:t-201".equals(r.key()));
            assertThat(cases.all(r -> "anji-bbs:t-200".equals(r.key())
                    && r.value().contains("\"type\":\"post-received\""))).hasSize(1);
        }
    }

    @Test
    void shouldDeadLetterAMalformedMessageWithTheReasonAndGoOn() {
        // given
        String missingBody = ScrapedPostFixture.withoutField(
                ScrapedPostFixture.threadStart("anji-bbs", "t-300", "p-300", "坏消息"), "body");

        // when
        publish("anji-bbs:t-300", missingBody);
        publish("anji-bbs:t-301", "{not json");
        publish("anji-bbs:t-302", ScrapedPostFixture.threadStart("anji-bbs", "t-302", "p-302", "好消息"));

        // then
        try (TopicProbe deadLetters = new TopicProbe(brokers, Topics.SCRAPER_POSTS_DLT)) {
            var missing = deadLetters.await(r -> "anji-bbs:t-300".equals(r.key()));
            assertThat(reason(missing)).isEqualTo("missing required field 'body'");
            var broken = deadLetters.await(r -> "anji-bbs:t-301".equals(r.key()));
            assertThat(reason(broken)).startsWith("not valid JSON");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/cases/{id}", "anji-bbs:t-302").headers(IntakeLogin::viewer)
                .exchange().expectStatus().isOk());
        web.get().uri("/api/cases/{id}", "anji-bbs:t-300").headers(IntakeLogin::viewer).exchange().expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json");
    }

    private static String reason(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8);
    }

    private void publish(String key, String value) {
        scraper.send(new ProducerRecord<>(Topics.SCRAPER_POSTS, key, value));
        scraper.flush();
    }
}
