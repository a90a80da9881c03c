package org.huiying.sla.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.huiying.contracts.EventEnvelope;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.Topics;
import org.huiying.contracts.intake.Channel;
import org.huiying.contracts.intake.PostReceived;
import org.huiying.contracts.intake.SourceWatermarkAdvanced;
import org.huiying.contracts.routing.CaseAssigned;
import org.huiying.sla.SlaApplication;
import org.huiying.support.json.Json;
import org.huiying.support.kafka.EnvelopeCodec;
import org.huiying.support.test.InProcessMongo;
import org.huiying.support.test.SampleLogins;
import org.huiying.support.test.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * sla-service on a real KRaft broker and the Mongo-protocol server: the clock is moved across days, each ladder step
 * appears once, in order, with its original due time — and again correctly after the service restarts.
 */
class EscalationLadderIT {

    static final ZoneId ANJI = ZoneId.of("Asia/Shanghai");
    static final String CASE = "anji-bbs:t-7001";
    static final MovableClock clock = new MovableClock(at("2026-03-02T09:20"));
    static EmbeddedKafkaKraftBroker kafka;
    static InProcessMongo mongo;
    static ConfigurableApplicationContext sla;
    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        System.setProperty("java.io.tmpdir", "target");
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
        mongo = InProcessMongo.start();
        sla = startSla();
        upToDateScraper();
    }

    /** anji-bbs's scraper is up to date: its watermark is ahead of every time the test moves the clock to. */
    static void upToDateScraper() {
        try {
            publish(Topics.INTAKE_WATERMARKS, new SourceWatermarkAdvanced(UUID.randomUUID(),
                    Instant.parse("2030-01-01T00:00:00Z"), "anji-bbs", Instant.parse("2030-01-01T00:00:00Z"),
                    SourceWatermarkAdvanced.HEARTBEAT));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        sla.close();
        kafka.destroy();
        mongo.stop();
    }

    static ConfigurableApplicationContext startSla() {
        return SlaApplication.application()
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("clock", clock))
                .run("--server.port=0", "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                        "--huiying.mongo.uri=" + mongo.uri(), "--huiying.sla.sweep-interval=PT0.2S",
                        "--spring.kafka.consumer.properties.metadata.max.age.ms=1000",
                        "--logging.level.org.apache.kafka=WARN", "--logging.level.kafka=WARN");
    }

    @Test
    void shouldFireEachStepOnceInOrderAcrossDaysAndAgainCorrectlyAfterARestart() throws Exception {
        // given: posted Monday 2 March 2026 09:15, assigned to 递铺街道 (the assignment arrives first)
        publish(Topics.ROUTING_ASSIGNMENTS, new CaseAssigned(UUID.randomUUID(), at("2026-03-02T09:16"), CASE,
                "dipu", List.of(), "board-dipu", null));
        publish(Topics.INTAKE_CASES, new PostReceived(UUID.randomUUID(), at("2026-03-02T09:16"), CASE, "anji-bbs",
                "p-1", "t-7001", null, "递铺论坛", "路灯不亮", "晚上出行不安全。", at("2026-03-02T09:15"),
                at("2026-03-02T09:16"), Channel.FORUM));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> http().get()
                .uri("/api/cases/{id}/deadlines", CASE).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.unitId").isEqualTo("dipu")
                .jsonPath("$.policy").isEqualTo("anji")
                .jsonPath("$.responseDueAt").isEqualTo("2026-03-03T01:15:00Z")
                .jsonPath("$.answerDueAt").isEqualTo("2026-03-05T09:30:00Z"));

        // when: Tuesday 10:00, past the response deadline
        clock.moveTo(at("2026-03-03T10:00"));

        // then: warning, then urge
        try (TopicProbe escalations = new TopicProbe(kafka.getBrokersAsString(), Topics.SLA_ESCALATIONS)) {
            escalations.await(r -> CASE.equals(r.key()) && step(r).equals("urge"));
            assertThat(steps(escalations)).containsExactly("warning", "urge");
        }

        // when: the service stops and comes back on Wednesday 11 March (past answer and leadership deadlines)
        sla.close();
        clock.moveTo(at("2026-03-11T08:00"));
        sla = startSla();

        // then: the rest of the ladder catches up, each step once, with its original due time
        try (TopicProbe escalations = new TopicProbe(kafka.getBrokersAsString(), Topics.SLA_ESCALATIONS)) {
            escalations.await(r -> CASE.equals(r.key()) && step(r).equals("leadership"));
            clock.advance(Duration.ofHours(1));
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> escalations.all(r -> CASE.equals(r.key())).size() == 6);
            assertThat(steps(escalations)).containsExactly("warning", "urge", "warning", "supervise",
                    "public-notice", "leadership");
            JsonNode supervise = data(escalations.all(r -> CASE.equals(r.key()) && step(r).equals("supervise")).get(0));
            assertThat(supervise.get("dueAt").asText()).isEqualTo("2026-03-05T09:30:00Z");
            assertThat(supervise.get("occurredAt").asText()).isEqualTo("2026-03-05T09:30:00Z"); // event time
            assertThat(supervise.get("unitId").asText()).isEqualTo("dipu");
        }
        try (TopicProbe deadlines = new TopicProbe(kafka.getBrokersAsString(), Topics.SLA_DEADLINES)) {
            // one progress update (跟帖通报进展) missed each working day after the answer deadline: 6, 9, 10 March,
            // counted as one running figure
            JsonNode progress = data(deadlines.await(r -> CASE.equals(r.key())
                    && r.value().contains("progress-updates-missed")
                    && r.value().contains("\"lastDueAt\":\"2026-03-10T09:30:00Z\"")));
            assertThat(progress.get("count").asInt()).isEqualTo(3);
            assertThat(progress.get("firstDueAt").asText()).isEqualTo("2026-03-06T09:30:00Z");
            assertThat(deadlines.all(r -> CASE.equals(r.key()) && r.value().contains("deadline-missed"))).hasSize(2);
        }
        http().get().uri("/api/cases/{id}/deadlines", CASE).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.escalations.length()").isEqualTo(6)
                .jsonPath("$.state").isEqualTo("overdue");
    }

    @Test
    void shouldAnswer422AndPublishTheRefusalWhenAnExtensionComesWithoutAnExplanation() throws Exception {
        // given
        String caseId = "anji-bbs:t-7002";
        publish(Topics.INTAKE_CASES, new PostReceived(UUID.randomUUID(), clock.instant(), caseId, "anji-bbs",
                "p-2", "t-7002", null, "递铺论坛", "井盖缺失", "很危险。", clock.instant(), clock.instant(),
                Channel.FORUM));
        publish(Topics.ROUTING_ASSIGNMENTS, new CaseAssigned(UUID.randomUUID(), clock.instant(), caseId, "dipu",
                List.of(), "board-dipu", null));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> http().get()
                .uri("/api/cases/{id}/deadlines", caseId).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.unitId").isEqualTo("dipu"));

        // when / then
        http().post().uri("/api/cases/{id}/extensions", caseId).headers(SampleLogins::dipuLiaison)
                .bodyValue(Map.of("unitId", "dipu", "explanation", " ",
                        "newDueAt", clock.instant().plus(Duration.ofDays(5)).toString()))
                .exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("extension.explanation-required");
        try (TopicProbe extensions = new TopicProbe(kafka.getBrokersAsString(), Topics.SLA_EXTENSIONS)) {
            assertThat(extensions.await(r -> caseId.equals(r.key())).value()).contains("extension-refused");
        }
    }

    @Test
    void shouldLetOnlyTheAssignedUnitOrTheOfficeAskForAnExtension() throws Exception {
        // given: a case assigned to 递铺街道
        String caseId = "anji-bbs:t-7003";
        publish(Topics.INTAKE_CASES, new PostReceived(UUID.randomUUID(), clock.instant(), caseId, "anji-bbs",
                "p-3", "t-7003", null, "递铺论坛", "路边垃圾没人清", "好几天了。", clock.instant(), clock.instant(),
                Channel.FORUM));
        publish(Topics.ROUTING_ASSIGNMENTS, new CaseAssigned(UUID.randomUUID(), clock.instant(), caseId, "dipu",
                List.of(), "board-dipu", null));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> http().get()
                .uri("/api/cases/{id}/deadlines", caseId).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.unitId").isEqualTo("dipu"));
        Map<String, String> extension = Map.of("explanation", "需协调环卫公司，三日内清理完毕",
                "newDueAt", clock.instant().plus(Duration.ofDays(7)).toString());

        // then: reads need a login
        anonymous().get().uri("/api/cases/{id}/deadlines", caseId).exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("urn:huiying:problem:login-required");

        // when: a viewer asks, another unit asks in 递铺's name, another unit asks in its own name
        http().post().uri("/api/cases/{id}/extensions", caseId).bodyValue(extension).exchange()
                // then
                .expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo("urn:huiying:problem:role-required");
        Map<String, String> forDipu = new java.util.HashMap<>(extension);
        forDipu.put("unitId", "dipu");
        http().post().uri("/api/cases/{id}/extensions", caseId).headers(SampleLogins::jiaotongLiaison)
                .bodyValue(forDipu).exchange()
                .expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo("urn:huiying:problem:other-unit")
                .jsonPath("$.unitId").isEqualTo("dipu")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("not for unit dipu"));
        http().post().uri("/api/cases/{id}/extensions", caseId).headers(SampleLogins::jiaotongLiaison)
                .bodyValue(extension).exchange()
                .expectStatus().isEqualTo(409);
        http().put().uri("/api/calendar/years/{year}", 2027).headers(SampleLogins::dipuLiaison)
                .bodyValue(Map.of("year", 2027)).exchange()
                .expectStatus().isForbidden();

        // when: 递铺's liaison asks, naming no unit
        http().post().uri("/api/cases/{id}/extensions", caseId).headers(SampleLogins::dipuLiaison)
                .bodyValue(extension).exchange()
                // then
                .expectStatus().isCreated().expectBody().jsonPath("$.granted").isEqualTo(true)
                .jsonPath("$.requestedBy").isEqualTo("dipu-liaison");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> http().get()
                .uri("/api/cases/{id}/deadlines", caseId).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.answerDueAt").isEqualTo(extension.get("newDueAt")));
    }

    private List<String> steps(TopicProbe escalations) {
        return escalations.all(r -> CASE.equals(r.key())).stream().map(this::step).toList();
    }

    private String step(ConsumerRecord<String, String> record) {
        return data(record).path("step").asText();
    }

    private JsonNode data(ConsumerRecord<String, String> record) {
        try {
            return json.readTree(record.value()).get("data");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed in as the read-only leader; a write signs in as the user who may do it. */
    private static WebTestClient http() {
        return anonymous().mutate().defaultHeaders(SampleLogins::viewer).build();
    }

    private static WebTestClient anonymous() {
        String port = sla.getEnvironment().getProperty("local.server.port");
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(10)).build();
    }

    private static void publish(String topic, IntegrationEvent event) throws Exception {
        String value = new EnvelopeCodec(Json.newMapper()).encode(EventEnvelope.wrap(event, "test",
                event.occurredAt(), null, event.key()));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, event.key(), value)).get();
        }
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ANJI).toInstant();
    }
}
