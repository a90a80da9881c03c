package org.huiying.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.huiying.contracts.Topics;
import org.huiying.support.kafka.DeadLetterHeaders;
import org.huiying.support.test.SampleLogins;
import org.huiying.support.test.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One post travels from the scraper topic through intake, routing and sla to reporting's per-unit counts. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostThroughAllServicesIT {

    // Monday 2 March 2026, 09:20 in Anji: five minutes after the post below
    static final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:20:00Z"));
    static RunningSystem system;
    static KafkaProducer<String, String> scraper;
    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        system = new RunningSystem(clock);
        scraper = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.brokers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    @AfterAll
    static void stop() {
        scraper.close();
        system.close();
    }

    @Test
    @Order(1)
    void shouldRouteAPostOnTheDipuBoardToDipuAndCountItThere() throws Exception {
        // when
        publish("anji-bbs:t-9001", post("t-9001", "p-1", "递铺论坛", "小区门口垃圾无人清运",
                "垃圾桶已经满了三天，气味很大，希望尽快处理。"));

        // then
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> system.http("intake-service").get()
                .uri("/api/cases/{id}", "anji-bbs:t-9001").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.leadUnitId").isEqualTo("dipu")
                .jsonPath("$.assignment").isEqualTo("assigned"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> system.http("reporting-service").get()
                .uri("/api/units/dipu/summary").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.unitName").isEqualTo("递铺街道")
                .jsonPath("$.received").isEqualTo(1)
                .jsonPath("$.open").isEqualTo(1)
                .jsonPath("$.overdue").isEqualTo(0));
        try (TopicProbe deadlines = new TopicProbe(system.brokers(), Topics.SLA_DEADLINES)) {
            JsonNode set = json.readTree(deadlines.await(r -> r.value().contains("\"unitId\":\"dipu\"")).value());
            // 24 hours after posting; 3 working days counted from Tuesday, Thursday at the close of working hours
            assertThat(set.at("/data/responseDueAt").asText()).isEqualTo("2026-03-03T01:15:00Z");
            assertThat(set.at("/data/answerDueAt").asText()).isEqualTo("2026-03-05T09:30:00Z");
            assertThat(set.at("/data/policy").asText()).isEqualTo("anji");
        }
    }

    @Test
    @Order(2)
    void shouldKeepAPostNoRuleMatchesInTheTriageQueue() {
        // when
        publish("anji-bbs:t-9002", post("t-9002", "p-2", "杂谈", "想问一下明年的事", "随便问问。"));

        // then
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> system.http("routing-service").get()
                .uri("/api/triage").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.caseId == 'anji-bbs:t-9002')]").exists());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> system.http("intake-service").get()
                .uri("/api/cases/{id}", "anji-bbs:t-9002").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.assignment").isEqualTo("awaiting-triage"));
    }

    @Test
    @Order(3)
    void shouldDeadLetterAMalformedPostWithTheReasonAndProcessTheNextOne() {
        // when
        publish("anji-bbs:t-9004", "{\"source\":\"anji-bbs\",\"postId\":\"p-4\"}");
        publish("anji-bbs:t-9005", post("t-9005", "p-5", "昌硕社区", "健身器材损坏", "小区健身器材坏了。"));

        // then
        try (TopicProbe deadLetters = new TopicProbe(system.brokers(), Topics.SCRAPER_POSTS_DLT)) {
            var dead = deadLetters.await(r -> "anji-bbs:t-9004".equals(r.key()));
            assertThat(new String(dead.headers().lastHeader(DeadLetterHeaders.REASON).value(),
                    StandardCharsets.UTF_8)).isEqualTo("missing required field 'threadId'");
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> system.http("intake-service").get()
                .uri("/api/cases/{id}", "anji-bbs:t-9005").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.leadUnitId").isEqualTo("changshuo"));
    }

    @Test
    @Order(4)
    void shouldNotCountACaseTwiceWhenItsEventsAreDeliveredAgain() throws Exception {
        // given
        String postReceived;
        try (TopicProbe cases = new TopicProbe(system.brokers(), Topics.INTAKE_CASES)) {
            postReceived = cases.await(r -> "anji-bbs:t-9001".equals(r.key())).value();
        }

        // when
        publish("anji-bbs:t-9001", post("t-9001", "p-1", "递铺论坛", "小区门口垃圾无人清运",
                "垃圾桶已经满了三天，气味很大，希望尽快处理。"));
        try (KafkaProducer<String, String> redelivery = producer()) {
            redelivery.send(new ProducerRecord<>(Topics.INTAKE_CASES, "anji-bbs:t-9001", postReceived)).get();
        }
        publish("anji-bbs:t-9003", post("t-9003", "p-3", "递铺论坛", "路灯不亮", "晚上出行不安全。"));

        // then
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> system.http("reporting-service").get()
                .uri("/api/units/dipu/summary").exchange().expectBody()
                .jsonPath("$.received").isEqualTo(2)
                .jsonPath("$.open").isEqualTo(2));
    }

    @Test
    @Order(5)
    void shouldCountTheCasesAsOverdueOnceTheirAnswerDeadlinePasses() {
        // when: Friday, after Thursday's answer deadline, and the forum's scraper says it has sent everything
        clock.advance(Duration.ofDays(4));
        publish("anji-bbs", "{\"source\":\"anji-bbs\",\"watermark\":\"" + clock.instant() + "\"}");

        // then
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> system.http("reporting-service").get()
                .uri("/api/units/dipu/summary").exchange().expectBody()
                .jsonPath("$.received").isEqualTo(2)
                .jsonPath("$.overdue").isEqualTo(2));
    }

    @Test
    @Order(6)
    void shouldExportEveryMetricTheGrafanaDashboardQueries() throws Exception {
        // given
        Set<String> queried = GrafanaDashboard.metricNames();

        // when
        Set<String> exported = new TreeSet<>();
        for (String service : system.serviceNames()) {
            String body = system.http(service).get().uri("/actuator/prometheus").exchange()
                    .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
            exported.addAll(PrometheusText.metricNames(body));
        }

        // then
        assertThat(queried).isNotEmpty();
        assertThat(exported).containsAll(queried);
    }

    @Test
    @Order(7)
    void shouldAcceptTheSameSampleLoginsInEveryServiceAndRefuseWhatTheRoleMayNotDo() {
        // then: reads need a login on intake, routing and sla; reporting's figures are open
        for (String path : new String[] {"intake-service /api/cases", "routing-service /api/triage",
                "sla-service /api/breaches?from=2026-01&to=2026-03"}) {
            String[] target = path.split(" ");
            system.anonymous(target[0]).get().uri(target[1]).exchange().expectStatus().isUnauthorized()
                    .expectBody().jsonPath("$.type").isEqualTo("urn:huiying:problem:login-required");
        }
        system.anonymous("reporting-service").get().uri("/api/units/dipu/summary").exchange().expectStatus().isOk();

        // when: the leader (viewer) and then the office dispatch the case waiting in triage
        system.http("routing-service").post().uri("/api/cases/{id}/dispatch", "anji-bbs:t-9002")
                .bodyValue(Map.of("leadUnitId", "jiaotong", "decidedBy", "领导小组")).exchange()
                .expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo("urn:huiying:problem:role-required");
        system.http("routing-service").post().uri("/api/cases/{id}/dispatch", "anji-bbs:t-9002")
                .headers(SampleLogins::office)
                .bodyValue(Map.of("leadUnitId", "jiaotong", "decidedBy", "舆情办 王")).exchange()
                .expectStatus().isNoContent();

        // then: intake learns the lead unit; 交通's liaison may not ask an extension in 递铺's name
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> system.http("intake-service").get()
                .uri("/api/cases/{id}", "anji-bbs:t-9002").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.leadUnitId").isEqualTo("jiaotong"));
        system.http("sla-service").post().uri("/api/cases/{id}/extensions", "anji-bbs:t-9001")
                .headers(SampleLogins::jiaotongLiaison)
                .bodyValue(Map.of("unitId", "dipu", "explanation", "代为申请", "newDueAt", "2026-03-20T09:30:00Z"))
                .exchange().expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo("urn:huiying:problem:other-unit")
                .jsonPath("$.unitId").isEqualTo("dipu");
    }

    private static String post(String threadId, String postId, String board, String title, String body) {
        return """
                {"source":"anji-bbs","postId":"%s","threadId":"%s","board":"%s","author":"竹乡老李",
                 "title":"%s","body":"%s",
                 "postedAt":"2026-03-02T09:15:00+08:00","scrapedAt":"2026-03-02T09:16:00+08:00"}
                """.formatted(postId, threadId, board, title, body);
    }

    private static void publish(String key, String value) {
        try {
            scraper.send(new ProducerRecord<>(Topics.SCRAPER_POSTS, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("The scraper could not publish " + key, e);
        }
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.brokers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }
}
