package org.huiying.sla.tracking;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.huiying.contracts.EventEnvelope;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.Topics;
import org.huiying.contracts.intake.CaseAcknowledged;
import org.huiying.contracts.intake.CaseClosed;
import org.huiying.contracts.intake.Channel;
import org.huiying.contracts.intake.FollowUpAdded;
import org.huiying.contracts.intake.InformationRequested;
import org.huiying.contracts.intake.PostReceived;
import org.huiying.contracts.intake.SourceWatermarkAdvanced;
import org.huiying.contracts.intake.ProgressReported;
import org.huiying.contracts.routing.CaseAssigned;
import org.huiying.sla.SlaApplication;
import org.huiying.support.json.Json;
import org.huiying.support.kafka.EnvelopeCodec;
import org.huiying.support.test.InProcessMongo;
import org.huiying.support.test.SampleLogins;
import org.huiying.support.test.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * sla-service over HTTP on a real KRaft broker and the Mongo-protocol server, with the pause switched on
 * ({@code HUIYING_SLA_PAUSE_FOR_INFORMATION=true}): previews of a policy and a calendar change against real open
 * cases; the answer clock paused while the netizen is asked (in the deadlines, the to-do list and the gauges); missed
 * progress updates; breaches per unit and month.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PauseProgressBreachesIT {

    static final ZoneId ANJI = ZoneId.of("Asia/Shanghai");
    static final MovableClock clock = new MovableClock(at("2026-03-02T09:20"));
    static EmbeddedKafkaKraftBroker kafka;
    static InProcessMongo mongo;
    static ConfigurableApplicationContext sla;
    static KafkaProducer<String, String> producer;
    final List<IntegrationEvent> published = new ArrayList<>();

    @BeforeAll
    static void start() {
        System.setProperty("java.io.tmpdir", "target");
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
        mongo = InProcessMongo.start();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        sla = SlaApplication.application()
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("clock", clock))
                .run("--server.port=0", "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                        "--huiying.mongo.uri=" + mongo.uri(), "--huiying.sla.sweep-interval=PT0.2S",
                        "--huiying.sla.rules.pause-for-information=true",
                        "--spring.kafka.consumer.properties.metadata.max.age.ms=1000",
                        "--logging.level.org.apache.kafka=WARN", "--logging.level.kafka=WARN");
        // anji-bbs's scraper is up to date: its watermark is ahead of every time the test moves the clock to
        SourceWatermarkAdvanced upToDate = new SourceWatermarkAdvanced(UUID.randomUUID(),
                Instant.parse("2030-01-01T00:00:00Z"), "anji-bbs", Instant.parse("2030-01-01T00:00:00Z"),
                SourceWatermarkAdvanced.HEARTBEAT);
        try {
            producer.send(new ProducerRecord<>(Topics.INTAKE_WATERMARKS, "anji-bbs", new EnvelopeCodec(
                    Json.newMapper()).encode(EventEnvelope.wrap(upToDate, "test", upToDate.occurredAt(), null,
                    "anji-bbs")))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        producer.close();
        sla.close();
        kafka.destroy();
        mongo.stop();
    }

    @Test
    @Order(1)
    void shouldShowWhichDeadlinesMoveAndWhoTurnsOverdueWithoutApplyingAnythingWhenAChangeIsPreviewed() {
        // given: two cases posted Monday 2 March 09:15; 孝丰镇 has not responded, 天荒坪镇 has
        String silent = "anji-bbs:t-8001";
        String responded = "anji-bbs:t-8002";
        post(silent, "xiaofeng");
        post(responded, "tianhuangping");
        publish(Topics.INTAKE_CASES, new CaseAcknowledged(UUID.randomUUID(), at("2026-03-02T09:30"), responded,
                "tianhuangping", Channel.FORUM));
        awaitDeadlines(responded, "$.acknowledgedAt", "2026-03-02T01:30:00Z");
        awaitDeadlines(silent, "$.responseDueAt", "2026-03-03T01:15:00Z");
        clock.moveTo(at("2026-03-02T15:00"));

        // when / then: municipal answers within 3 working hours, so the silent case would be late since 14:15
        http().post().uri("/api/policy/preview").headers(SampleLogins::office).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("policy", "municipal")).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.policyVersion").isEqualTo("municipal@1")
                .jsonPath("$.moves.length()").isEqualTo(1)
                .jsonPath("$.moves[0].caseId").isEqualTo(silent)
                .jsonPath("$.moves[0].deadline").isEqualTo("response")
                .jsonPath("$.moves[0].currentDueAt").isEqualTo("2026-03-03T01:15:00Z")
                .jsonPath("$.moves[0].proposedDueAt").isEqualTo("2026-03-02T06:15:00Z")
                .jsonPath("$.moves[0].turnsOverdue").isEqualTo(true)
                .jsonPath("$.unitsTurningOverdue").isEqualTo(List.of("xiaofeng"));

        // when / then: five working days to answer move both answers to Monday 9 March, nobody late
        http().post().uri("/api/policy/preview").headers(SampleLogins::office).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("policy", "anji", "rules", Map.of("answerWindow", "5wd")))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.policyVersion").value(version -> assertThat((String) version).startsWith("anji@2+"))
                .jsonPath("$.moves.length()").isEqualTo(2)
                .jsonPath("$.moves[*].deadline").isEqualTo(List.of("answer", "answer"))
                .jsonPath("$.moves[*].proposedDueAt").isEqualTo(List.of("2026-03-09T09:30:00Z",
                        "2026-03-09T09:30:00Z"))
                .jsonPath("$.unitsTurningOverdue").isEmpty();

        // when / then: a calendar giving Wednesday 4 March off moves both answers to Friday
        http().post().uri("/api/calendar/preview").headers(SampleLogins::office).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("year", 2026, "source", "测试", "holidays", List.of(Map.of("name", "测试假日",
                        "nameEn", "Test day off", "off", List.of("2026-03-04", "2026-03-04")))))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.moves.length()").isEqualTo(2)
                .jsonPath("$.moves[*].currentDueAt").isEqualTo(List.of("2026-03-05T09:30:00Z",
                        "2026-03-05T09:30:00Z"))
                .jsonPath("$.moves[*].proposedDueAt").isEqualTo(List.of("2026-03-06T09:30:00Z",
                        "2026-03-06T09:30:00Z"))
                .jsonPath("$.unitsTurningOverdue").isEmpty();
        http().post().uri("/api/policy/preview").headers(SampleLogins::office).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("policy", "county")).exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.rule").isEqualTo("policy.invalid");

        // then: nothing was applied
        http().get().uri("/api/cases/{id}/deadlines", silent).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.responseDueAt").isEqualTo("2026-03-03T01:15:00Z")
                .jsonPath("$.answerDueAt").isEqualTo("2026-03-05T09:30:00Z")
                .jsonPath("$.policyVersion").value(version -> assertThat((String) version).startsWith("anji@2+"));
        publish(Topics.INTAKE_CASES, new CaseClosed(UUID.randomUUID(), at("2026-03-02T15:00"), silent, "test"));
        publish(Topics.INTAKE_CASES, new CaseClosed(UUID.randomUUID(), at("2026-03-02T15:00"), responded, "test"));
        awaitDeadlines(silent, "$.state", "closed");
        awaitDeadlines(responded, "$.state", "closed");
    }

    @Test
    @Order(2)
    void shouldPauseTheAnswerClockChaseProgressAndCountBreachesPerUnitWhenCasesRunLate() throws Exception {
        // given: 递铺街道 asks the netizen on Tuesday 10:00, who answers on Wednesday 10:00 (7 working hours)
        clock.moveTo(at("2026-03-02T09:20"));
        String asked = "anji-bbs:t-8101";
        String silent = "anji-bbs:t-8102";
        post(asked, "dipu");
        publish(Topics.INTAKE_CASES, new CaseAcknowledged(UUID.randomUUID(), at("2026-03-02T11:00"), asked, "dipu",
                Channel.FORUM));
        publish(Topics.INTAKE_CASES, new InformationRequested(UUID.randomUUID(), at("2026-03-03T10:00"), asked,
                "dipu", Channel.API, "请补充具体位置。"));
        publish(Topics.INTAKE_CASES, new FollowUpAdded(UUID.randomUUID(), at("2026-03-04T10:01"), asked, "p-9",
                "在胜利西路口。", at("2026-03-04T10:00")));
        post(silent, "jiaotong");

        // then: the answer is due Friday instead of Thursday, and the move is published with its reason
        awaitDeadlines(asked, "$.answerDueAt", "2026-03-06T09:30:00Z");
        http().get().uri("/api/cases/{id}/deadlines", asked).exchange().expectBody()
                .jsonPath("$.paused").isEqualTo(false)
                .jsonPath("$.pauses[0].pausedAt").isEqualTo("2026-03-03T02:00:00Z")
                .jsonPath("$.pauses[0].resumedAt").isEqualTo("2026-03-04T02:00:00Z")
                .jsonPath("$.pauses[0].pausedSeconds").isEqualTo(25_200)
                .jsonPath("$.pauses[0].clock").isEqualTo("working");
        try (TopicProbe deadlines = new TopicProbe(kafka.getBrokersAsString(), Topics.SLA_DEADLINES)) {
            assertThat(deadlines.await(r -> asked.equals(r.key()) && r.value().contains("paused for information"))
                    .value()).contains("\"answerDueAt\":\"2026-03-06T09:30:00Z\"");
        }

        // when: Wednesday 11 March 08:00, nobody has answered
        awaitDeadlines(silent, "$.unitId", "jiaotong");
        clock.moveTo(at("2026-03-11T08:00"));

        // then: 交通运输局 missed the response, the answer and three daily progress updates; 递铺街道 the answer and two
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> http().get()
                .uri("/api/units/{unit}/breaches?period=2026-03", "jiaotong").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.counts.response").isEqualTo(1)
                .jsonPath("$.counts.answer").isEqualTo(1)
                .jsonPath("$.counts.progress").isEqualTo(3)
                .jsonPath("$.counts.total").isEqualTo(5)
                .jsonPath("$.months[0].month").isEqualTo("2026-03")
                .jsonPath("$.breaches[0].kind").isEqualTo("response")
                .jsonPath("$.breaches[0].dueAt").isEqualTo("2026-03-03T01:15:00Z"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http().get()
                .uri("/api/breaches?from=2026-01&to=2026-03").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.units.length()").isEqualTo(2)
                .jsonPath("$.units[0].unitId").isEqualTo("jiaotong")
                .jsonPath("$.units[1].unitId").isEqualTo("dipu")
                .jsonPath("$.units[1].counts.answer").isEqualTo(1)
                .jsonPath("$.units[1].counts.progress").isEqualTo(2));
        http().get().uri("/api/units/{unit}/breaches?period=2026-02", "jiaotong").exchange().expectBody()
                .jsonPath("$.counts.total").isEqualTo(0);
        http().get().uri("/api/cases/{id}/deadlines", asked).exchange().expectBody()
                .jsonPath("$.progressOverdue").isEqualTo(true)
                .jsonPath("$.progressUpdatesMissed").isEqualTo(2)
                .jsonPath("$.progressDueAt").isEqualTo("2026-03-11T09:30:00Z");

        // when: 递铺街道 posts a progress update; the same facts of the silent case are delivered again
        publish(Topics.INTAKE_CASES, new ProgressReported(UUID.randomUUID(), at("2026-03-11T09:00"), asked, "dipu",
                Channel.FORUM, "已联系施工单位，本周内修复。"));
        List<IntegrationEvent> again = published.stream().filter(e -> silent.equals(e.key())).toList();
        again.forEach(event -> publish(event instanceof CaseAssigned ? Topics.ROUTING_ASSIGNMENTS
                : Topics.INTAKE_CASES, event));

        // then: its missed update is cleared and the next is due Thursday; nothing is counted twice
        awaitDeadlines(asked, "$.progressOverdue", false);
        http().get().uri("/api/cases/{id}/deadlines", asked).exchange().expectBody()
                .jsonPath("$.lastProgressAt").isEqualTo("2026-03-11T01:00:00Z")
                .jsonPath("$.progressDueAt").isEqualTo("2026-03-12T09:30:00Z");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(metrics())
                .contains("huiying_sla_deadlines_missed_total{application=\"sla-service\",deadline=\"progress\"} 5.0")
                .contains("huiying_sla_overdue_cases{application=\"sla-service\",deadline=\"progress\","
                        + "unit=\"jiaotong\"} 1.0")
                .contains("huiying_sla_overdue_cases{application=\"sla-service\",deadline=\"progress\","
                        + "unit=\"dipu\"} 0.0"));
        http().get().uri("/api/units/{unit}/breaches?period=2026-03", "jiaotong").exchange().expectBody()
                .jsonPath("$.counts.total").isEqualTo(5);

        // and: a query the service cannot read names its field
        http().get().uri("/api/units/{unit}/breaches?period=2026-13", "jiaotong").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("period");
        http().get().uri("/api/breaches?from=2026-01").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("to");
    }

    @Test
    @Order(3)
    void shouldShowAPausedCaseInTheToDoListAndNotCountItDueSoonOrOverdueWhenTheNetizenIsAskedForInformation() {
        // given: 灵峰街道 acknowledged a case posted Monday 2 March 09:15, whose answer is due Thursday 17:30
        clock.moveTo(at("2026-03-02T09:20"));
        String asked = "anji-bbs:t-8201";
        post(asked, "lingfeng");
        publish(Topics.INTAKE_CASES, new CaseAcknowledged(UUID.randomUUID(), at("2026-03-02T11:00"), asked,
                "lingfeng", Channel.FORUM));
        awaitDeadlines(asked, "$.acknowledgedAt", "2026-03-02T03:00:00Z");
        clock.moveTo(at("2026-03-05T14:00"));
        awaitTodo("lingfeng", "$[0].dueSoon", true);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(metrics())
                .contains("huiying_sla_due_soon_cases{application=\"sla-service\",unit=\"lingfeng\"} 1.0")
                .contains("huiying_sla_backlog_cases{application=\"sla-service\",state=\"awaiting_answer\","
                        + "unit=\"lingfeng\"} 1.0"));

        // when: at Thursday 14:00 the unit asks the netizen where exactly
        publish(Topics.INTAKE_CASES, new InformationRequested(UUID.randomUUID(), at("2026-03-05T14:00"), asked,
                "lingfeng", Channel.API, "请补充具体位置。"));

        // then: the to-do list shows the pause instead of a countdown, and the gauges count it as paused
        awaitTodo("lingfeng", "$[0].state", "paused");
        http().get().uri("/api/units/{unit}/todo", "lingfeng").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].caseId").isEqualTo(asked)
                .jsonPath("$[0].stateLabel").isEqualTo("暂停计时")
                .jsonPath("$[0].deadline").isEqualTo("answer")
                .jsonPath("$[0].dueAt").doesNotExist()
                .jsonPath("$[0].remainingWorkingMinutes").doesNotExist()
                .jsonPath("$[0].dueSoon").isEqualTo(false)
                .jsonPath("$[0].pausedSince").isEqualTo("2026-03-05T06:00:00Z")
                .jsonPath("$[0].pauseCapEndsAt").isEqualTo("2026-03-12T09:30:00Z");
        awaitPausedGauges();

        // when: Friday 10:00, past the answer deadline the case had before the pause, the netizen has not answered
        clock.moveTo(at("2026-03-06T10:00"));

        // then: nothing is overdue while the clock stands still
        awaitPausedGauges();
        http().get().uri("/api/cases/{id}/deadlines", asked).exchange().expectBody()
                .jsonPath("$.state").isEqualTo("paused")
                .jsonPath("$.escalations[?(@.step == 'supervise')]").isEmpty();
        awaitTodo("lingfeng", "$[0].state", "paused");

        // when: the netizen answers at Friday 10:00, after 5 working hours paused
        publish(Topics.INTAKE_CASES, new FollowUpAdded(UUID.randomUUID(), at("2026-03-06T10:01"), asked, "p-21",
                "在灵峰寺路口。", at("2026-03-06T10:00")));

        // then: the answer is due Friday 15:30, counting down again and due soon
        awaitTodo("lingfeng", "$[0].state", "awaiting_answer");
        http().get().uri("/api/units/{unit}/todo", "lingfeng").exchange().expectBody()
                .jsonPath("$[0].stateLabel").isEqualTo("待答复")
                .jsonPath("$[0].dueAt").isEqualTo("2026-03-06T07:30:00Z")
                .jsonPath("$[0].remainingWorkingMinutes").isEqualTo(210)
                .jsonPath("$[0].dueSoon").isEqualTo(true)
                .jsonPath("$[0].pausedSince").doesNotExist();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(metrics())
                .contains("huiying_sla_due_soon_cases{application=\"sla-service\",unit=\"lingfeng\"} 1.0")
                .contains("huiying_sla_backlog_cases{application=\"sla-service\",state=\"paused\","
                        + "unit=\"lingfeng\"} 0.0"));
    }

    private void awaitPausedGauges() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(metrics())
                .contains("huiying_sla_backlog_cases{application=\"sla-service\",state=\"paused\","
                        + "unit=\"lingfeng\"} 1.0")
                .contains("huiying_sla_backlog_cases{application=\"sla-service\",state=\"awaiting_answer\","
                        + "unit=\"lingfeng\"} 0.0")
                .contains("huiying_sla_backlog_cases{application=\"sla-service\",state=\"overdue\","
                        + "unit=\"lingfeng\"} 0.0")
                .contains("huiying_sla_overdue_cases{application=\"sla-service\",deadline=\"answer\","
                        + "unit=\"lingfeng\"} 0.0")
                .contains("huiying_sla_due_soon_cases{application=\"sla-service\",unit=\"lingfeng\"} 0.0"));
    }

    private void awaitTodo(String unitId, String path, Object expected) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> http().get()
                .uri("/api/units/{unit}/todo", unitId).exchange().expectStatus().isOk().expectBody()
                .jsonPath(path).isEqualTo(expected));
    }

    private void post(String caseId, String unitId) {
        String thread = caseId.substring(caseId.indexOf(':') + 1);
        publish(Topics.INTAKE_CASES, new PostReceived(UUID.randomUUID(), at("2026-03-02T09:16"), caseId, "anji-bbs",
                thread + "-p1", thread, null, "递铺论坛", "路面破损", "车辆通行困难。", at("2026-03-02T09:15"),
                at("2026-03-02T09:16"), Channel.FORUM));
        publish(Topics.ROUTING_ASSIGNMENTS, new CaseAssigned(UUID.randomUUID(), at("2026-03-02T09:17"), caseId,
                unitId, List.of(), "test-rule", null));
    }

    private void awaitDeadlines(String caseId, String path, Object expected) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> http().get()
                .uri("/api/cases/{id}/deadlines", caseId).exchange().expectStatus().isOk().expectBody()
                .jsonPath(path).isEqualTo(expected));
    }

    private String metrics() {
        return http().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    /** Signed in as the read-only leader; the office's previews sign in as the office. */
    private static WebTestClient http() {
        String port = sla.getEnvironment().getProperty("local.server.port");
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(SampleLogins::viewer).responseTimeout(Duration.ofSeconds(10)).build();
    }

    private void publish(String topic, IntegrationEvent event) {
        published.add(event);
        String value = new EnvelopeCodec(Json.newMapper()).encode(EventEnvelope.wrap(event, "test",
                event.occurredAt(), null, event.key()));
        try {
            producer.send(new ProducerRecord<>(topic, event.key(), value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot publish to " + topic, e);
        }
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ANJI).toInstant();
    }
}
