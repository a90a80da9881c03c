package org.huiying.routing;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.huiying.contracts.EventEnvelope;
import org.huiying.contracts.Topics;
import org.huiying.contracts.intake.Channel;
import org.huiying.contracts.intake.CaseClosed;
import org.huiying.contracts.intake.CaseReopened;
import org.huiying.contracts.intake.PostReceived;
import org.huiying.routing.directory.change.AccountRegisteredEvent;
import org.huiying.routing.directory.change.DirectoryCommands;
import org.huiying.routing.directory.change.DirectoryImportedEvent;
import org.huiying.support.html.PrintablePages;
import org.huiying.support.json.Json;
import org.huiying.support.kafka.EnvelopeCodec;
import org.huiying.support.test.InProcessMongo;
import org.huiying.support.test.SampleLogins;
import org.huiying.support.test.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=routing-service",
                "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "huiying.directory=classpath:routing-it/directory.yml",
                "huiying.routing.problem-after-waiting=PT1H",
                "huiying.routing.sweep-interval=PT0.2S"})
@EmbeddedKafka(kraft = true, partitions = 1)
class RoutingIT {

    /** Monday 2 March 2026, 10:00 in Asia/Shanghai. */
    static final Instant MONDAY_10 = Instant.parse("2026-03-02T02:00:00Z");
    static final InProcessMongo mongo = InProcessMongo.start();
    static final MovableClock clock = new MovableClock(MONDAY_10);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("huiying.mongo.uri", mongo::uri);
    }

    @TestConfiguration
    static class TestClock {
        @Bean
        Clock clock() {
            return clock;
        }
    }

    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @Autowired
    WebTestClient anonymous;

    @Autowired
    EnvelopeCodec codec;

    @Autowired
    EventStore eventStore;

    KafkaProducer<String, String> intake;

    /** Signed in as the read-only leader; each write below signs in as the user who may do it. */
    WebTestClient web;

    @BeforeEach
    void connectIntake() {
        web = anonymous.mutate().defaultHeaders(SampleLogins::viewer).build();
        intake = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    @AfterEach
    void disconnectIntake() {
        intake.close();
    }

    @Test
    void shouldRouteEachPostByBoardKeywordPlaceAndAddressAndLetTheOfficeDispatchWhatNoRuleMatched() {
        // given: the directory file is loaded and published
        try (TopicProbe units = new TopicProbe(brokers, Topics.ROUTING_UNITS)) {
            for (String unit : List.of("dipu", "xiaofeng", "jiaotong", "zhujian", "jiaoyu")) {
                units.await(r -> unit.equals(r.key()) && r.value().contains("\"type\":\"unit-updated\""));
            }
        }

        // when
        receive("anji-bbs:t-1", "递铺论坛", "胜利西路红绿灯时间太短", "老人过马路很危险");
        receive("anji-bbs:t-2", "教育问答", "孩子入学怎么报名", "请问材料有哪些");
        receive("anji-bbs:t-3", "综合", "孝丰某小区物业乱收费", "物业公司每月多收五十元");
        receive("anji-bbs:t-4", "灌水区", "致交通局：这条路什么时候修", "坑坑洼洼，晚上很危险");
        receive("anji-bbs:t-5", "灌水区", "今天天气不错", "大家出去走走");

        // then
        try (TopicProbe assignments = new TopicProbe(brokers, Topics.ROUTING_ASSIGNMENTS)) {
            assertAssigned(assignments, "anji-bbs:t-1", "dipu", List.of("jiaotong"), "board-dipu");
            assertAssigned(assignments, "anji-bbs:t-2", "jiaoyu", List.of(), "board-education");
            assertAssigned(assignments, "anji-bbs:t-3", "xiaofeng", List.of("zhujian"), "place-xiaofeng");
            assertAssigned(assignments, "anji-bbs:t-4", "jiaotong", List.of(), "addressed");
            data(assignments.await(r -> "anji-bbs:t-5".equals(r.key()) && type(r).equals("case-queued-for-triage")));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/triage").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[?(@.caseId == 'anji-bbs:t-5')]").exists());

        // when: the office dispatches the waiting case
        web.post().uri("/api/cases/{id}/dispatch", "anji-bbs:t-5").headers(SampleLogins::office)
                .bodyValue(Map.of("leadUnitId", "dipu", "coUnitIds", List.of("zhujian"), "decidedBy", "舆情办 李明"))
                .exchange().expectStatus().isNoContent();

        // then
        try (TopicProbe assignments = new TopicProbe(brokers, Topics.ROUTING_ASSIGNMENTS)) {
            JsonNode assigned = data(assignments.await(r -> "anji-bbs:t-5".equals(r.key())
                    && type(r).equals("case-assigned")));
            assertThat(assigned.path("leadUnitId").asText()).isEqualTo("dipu");
            assertThat(assigned.path("decidedBy").asText()).isEqualTo("office-wang");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/triage").exchange()
                .expectBody().jsonPath("$[?(@.caseId == 'anji-bbs:t-5')]").doesNotExist());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/units/zhujian/cases")
                .exchange().expectBody()
                .jsonPath("$[?(@.caseId == 'anji-bbs:t-5')].role").isEqualTo("co-unit"));
    }

    @Test
    void shouldPutAReturnedCaseBackInTriageAndPublishTheTransferWhenTheOfficeMovesIt() {
        // given
        receive("anji-bbs:t-10", "递铺论坛", "路灯坏了", "晚上一片漆黑");
        awaitHistory("anji-bbs:t-10", "assigned");

        // when: the lead unit returns it, the office dispatches and then transfers it
        web.post().uri("/api/cases/{id}/return", "anji-bbs:t-10").headers(SampleLogins::jiaotongLiaison)
                .bodyValue(Map.of("unitId", "jiaotong", "reason", "不是牵头单位")).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.rule").isEqualTo("return.not-lead");
        web.post().uri("/api/cases/{id}/return", "anji-bbs:t-10").headers(SampleLogins::dipuLiaison)
                .bodyValue(Map.of("unitId", "dipu")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        web.post().uri("/api/cases/{id}/return", "anji-bbs:t-10").headers(SampleLogins::dipuLiaison)
                .bodyValue(Map.of("reason", "路灯归住建部门管理")).exchange()
                .expectStatus().isNoContent();
        awaitHistory("anji-bbs:t-10", "awaiting-triage");
        web.post().uri("/api/cases/{id}/dispatch", "anji-bbs:t-10").headers(SampleLogins::office)
                .bodyValue(Map.of("leadUnitId", "zhujian", "decidedBy", "舆情办 李明")).exchange()
                .expectStatus().isNoContent();
        web.post().uri("/api/cases/{id}/transfer", "anji-bbs:t-10").headers(SampleLogins::office)
                .bodyValue(Map.of("toUnitId", "jiaotong", "coUnitIds", List.of("dipu"), "reason", "道路照明归交通",
                        "decidedBy", "舆情办 李明")).exchange()
                .expectStatus().isNoContent();
        web.post().uri("/api/cases/{id}/transfer", "anji-bbs:t-404").headers(SampleLogins::office)
                .bodyValue(Map.of("toUnitId", "jiaotong", "reason", "x", "decidedBy", "舆情办 李明")).exchange()
                .expectStatus().isNotFound();
        web.post().uri("/api/cases/{id}/transfer", "anji-bbs:t-10").headers(SampleLogins::office)
                .bodyValue(Map.of("toUnitId", "shuili", "reason", "x", "decidedBy", "舆情办 李明")).exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("transfer.unknown-unit");

        // then
        try (TopicProbe assignments = new TopicProbe(brokers, Topics.ROUTING_ASSIGNMENTS)) {
            JsonNode returned = data(assignments.await(r -> "anji-bbs:t-10".equals(r.key())
                    && type(r).equals("case-returned")));
            assertThat(returned.path("unitId").asText()).isEqualTo("dipu");
            assertThat(returned.path("reason").asText()).isEqualTo("路灯归住建部门管理");
            JsonNode transferred = data(assignments.await(r -> "anji-bbs:t-10".equals(r.key())
                    && type(r).equals("case-transferred")));
            assertThat(transferred.path("fromUnitId").asText()).isEqualTo("zhujian");
            assertThat(transferred.path("toUnitId").asText()).isEqualTo("jiaotong");
            assertThat(transferred.path("occurredAt").asText()).isEqualTo("2026-03-02T02:00:00Z");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get()
                .uri("/api/cases/{id}/assignment", "anji-bbs:t-10").exchange().expectBody()
                .jsonPath("$.leadUnitId").isEqualTo("jiaotong")
                .jsonPath("$.handovers").isEqualTo(2)
                .jsonPath("$.steps.length()").isEqualTo(5)
                .jsonPath("$.steps[?(@.step == 'returned')].decidedBy").isEqualTo("dipu-liaison")
                .jsonPath("$.steps[?(@.step == 'transferred')].decidedBy").isEqualTo("office-wang")
                .jsonPath("$.steps[?(@.decidedBy == '舆情办 李明')]").doesNotExist());
        String slip = web.get().uri("/api/cases/{id}/dispatch-slip", "anji-bbs:t-10").exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals("Content-Security-Policy", PrintablePages.CONTENT_SECURITY_POLICY)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(slip).contains("网络舆情抄告单", "路灯坏了", "县交通运输局", "递铺街道", "路灯归住建部门管理",
                "2026-03-02 10:00");
    }

    @Test
    void shouldAskForALoginAndLetOnlyTheLeadUnitOrTheOfficeReturnACase() {
        // given
        receive("anji-bbs:t-30", "递铺论坛", "菜场门口积水", "下雨天走不过去");
        awaitHistory("anji-bbs:t-30", "assigned");

        // then: reads need a login; health does not
        anonymous.get().uri("/api/cases/{id}/assignment", "anji-bbs:t-30").exchange()
                .expectStatus().isUnauthorized().expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE,
                        "Basic realm=\"huiying\"")
                .expectBody().jsonPath("$.type").isEqualTo("urn:huiying:problem:login-required")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("需要登录"));
        anonymous.get().uri("/actuator/health").exchange().expectStatus().isOk();

        // when: a viewer dispatches, another unit returns in the lead unit's name, the office names no unit
        web.post().uri("/api/cases/{id}/dispatch", "anji-bbs:t-30")
                .bodyValue(Map.of("leadUnitId", "jiaotong", "decidedBy", "领导小组")).exchange()
                // then
                .expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo("urn:huiying:problem:role-required");
        web.post().uri("/api/cases/{id}/return", "anji-bbs:t-30").headers(SampleLogins::jiaotongLiaison)
                .bodyValue(Map.of("unitId", "dipu", "reason", "不归我们管")).exchange()
                .expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo("urn:huiying:problem:other-unit")
                .jsonPath("$.unitId").isEqualTo("dipu")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("jiaotong-liaison", "not for unit dipu", "只能以本单位"));
        web.post().uri("/api/cases/{id}/return", "anji-bbs:t-30").headers(SampleLogins::office)
                .bodyValue(Map.of("reason", "属于住建部门")).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("unitId"));
        awaitHistory("anji-bbs:t-30", "assigned");

        // when: the office returns it for the lead unit
        web.post().uri("/api/cases/{id}/return", "anji-bbs:t-30").headers(SampleLogins::office)
                .bodyValue(Map.of("unitId", "dipu", "reason", "属于住建部门")).exchange()
                .expectStatus().isNoContent();

        // then
        awaitHistory("anji-bbs:t-30", "awaiting-triage");
    }

    @Test
    void shouldFlagAProblemCaseWhenItWaitsWithoutALeadLongerThanAllowed() {
        // given
        receive("anji-bbs:t-20", "灌水区", "随便聊聊", "没有什么具体的事");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/triage").exchange()
                .expectBody().jsonPath("$[?(@.caseId == 'anji-bbs:t-20')]").exists());

        // when
        clock.advance(Duration.ofHours(2));

        // then
        try (TopicProbe assignments = new TopicProbe(brokers, Topics.ROUTING_ASSIGNMENTS)) {
            JsonNode flagged = data(assignments.await(r -> "anji-bbs:t-20".equals(r.key())
                    && type(r).equals("case-flagged-as-problem")));
            assertThat(flagged.path("cause").asText()).isEqualTo("no-lead");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/routing/problem-cases")
                .exchange().expectBody().jsonPath("$[?(@.caseId == 'anji-bbs:t-20')].cause").isEqualTo("no-lead"));
    }

    @Test
    void shouldRefuseABadDirectoryFileNamingTheLineAndKeepTheDirectoryInForce() {
        // given
        String export = web.get().uri("/api/directory/export").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        String bad = export.replace("lead: jiaoyu", "lead: shuili");
        assertThat(bad).isNotEqualTo(export);

        // when
        web.put().uri("/api/directory?by=舆情办&name=bad.yml").headers(SampleLogins::office).contentType(MediaType.parseMediaType("application/yaml"))
                .bodyValue(bad).exchange()
                // then
                .expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.field").isEqualTo("rules[2].lead")
                .jsonPath("$.line").isNumber()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("bad.yml: line "));
        web.post().uri("/api/routing/preview").headers(SampleLogins::office)
                .bodyValue(Map.of("board", "教育问答", "title", "入学", "body", "")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.lead").isEqualTo("jiaoyu");

        // when: a good file with a new unit and its rule
        String good = testDirectory().replace("rules:\n", "  - id: shuili\n    name: 县水利局\n    kind: department\n"
                + "rules:\n  - { id: kw-water, priority: 6, keywords: [河道, 防汛], lead: shuili }\n");
        web.put().uri("/api/directory?by=舆情办").headers(SampleLogins::office).contentType(MediaType.parseMediaType("application/yaml"))
                .bodyValue(good).exchange().expectStatus().isNoContent();

        // then
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.post().uri("/api/routing/preview").headers(SampleLogins::office)
                .bodyValue(Map.of("title", "河道垃圾", "body", "孝丰的河道很脏")).exchange().expectBody()
                .jsonPath("$.lead").isEqualTo("xiaofeng")
                .jsonPath("$.coUnits[0]").isEqualTo("shuili")
                .jsonPath("$.matchedRules[1]").isEqualTo("kw-water"));
        try (TopicProbe units = new TopicProbe(brokers, Topics.ROUTING_UNITS)) {
            units.await(r -> "shuili".equals(r.key()) && r.value().contains("县水利局"));
        }
        web.post().uri("/api/directory/units/shuili/accounts").headers(SampleLogins::office)
                .bodyValue(Map.of("source", "anji-bbs", "handle", "递铺街道网络发言人", "changedBy", "舆情办"))
                .exchange().expectStatus().isEqualTo(409).expectBody().jsonPath("$.rule")
                .isEqualTo("directory.account-taken");

        // when: an account is registered without naming who does it
        web.post().uri("/api/directory/units/shuili/accounts").headers(SampleLogins::office)
                .bodyValue(Map.of("source", "anji-bbs", "handle", "安吉水利")).exchange().expectStatus().isNoContent();

        // then: the signed-in user is on record as having made each change, never the typed-in name
        List<Object> changes = new ArrayList<>();
        eventStore.readEvents(DirectoryCommands.DIRECTORY_ID).forEachRemaining(e -> changes.add(e.getPayload()));
        assertThat(changes).last().isInstanceOfSatisfying(AccountRegisteredEvent.class,
                registered -> assertThat(registered.changedBy()).isEqualTo("office-wang"));
        assertThat(changes).filteredOn(DirectoryImportedEvent.class::isInstance)
                .map(imported -> ((DirectoryImportedEvent) imported).changedBy()).last().isEqualTo("office-wang");
    }

    private static String testDirectory() {
        try (var in = RoutingIT.class.getResourceAsStream("/routing-it/directory.yml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void awaitHistory(String caseId, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/cases/{id}/assignment", caseId)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo(status));
    }

    private void assertAssigned(TopicProbe assignments, String caseId, String lead, List<String> coUnits,
                                String rule) {
        JsonNode assigned = data(assignments.await(r -> caseId.equals(r.key()) && type(r).equals("case-assigned")));
        assertThat(assigned.path("leadUnitId").asText()).as(caseId).isEqualTo(lead);
        assertThat(assigned.path("coUnitIds").findValuesAsText("coUnitIds")).isEmpty();
        assertThat(Json.newMapper().convertValue(assigned.path("coUnitIds"), List.class)).as(caseId)
                .isEqualTo(coUnits);
        assertThat(assigned.path("ruleId").asText()).as(caseId).isEqualTo(rule);
    }

    @Test
    void shouldTakeAClosedCaseOffItsUnitsCurrentCasesAndPutItBackWhenReopened() {
        // given
        receive("anji-bbs:t-60", "递铺论坛", "小区门口路灯不亮", "晚上出行不安全");
        awaitOnUnitList("dipu", "anji-bbs:t-60", true);

        // when
        publish(new CaseClosed(UUID.randomUUID(), MONDAY_10.plusSeconds(3600), "anji-bbs:t-60", "rated"));

        // then
        awaitOnUnitList("dipu", "anji-bbs:t-60", false);

        // when
        publish(new CaseReopened(UUID.randomUUID(), MONDAY_10.plusSeconds(7200), "anji-bbs:t-60", "网民不满意，重办"));

        // then
        awaitOnUnitList("dipu", "anji-bbs:t-60", true);
    }

    private void awaitOnUnitList(String unitId, String caseId, boolean listed) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String cases = web.get().uri("/api/units/{unitId}/cases", unitId).exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(cases.contains("\"" + caseId + "\"")).as("%s on %s's list", caseId, unitId)
                    .isEqualTo(listed);
        });
    }

    private void publish(org.huiying.contracts.CaseEvent event) {
        intake.send(new ProducerRecord<>(Topics.INTAKE_CASES, event.caseId(),
                codec.encode(EventEnvelope.wrap(event, "intake-service", event.occurredAt(), null, null))));
        intake.flush();
    }

    private void receive(String caseId, String board, String title, String body) {
        String threadId = caseId.substring(caseId.indexOf(':') + 1);
        PostReceived post = new PostReceived(UUID.randomUUID(), MONDAY_10, caseId, "anji-bbs", "p-" + threadId,
                threadId, "https://bbs.anji.example/" + threadId, board, title, body, MONDAY_10, MONDAY_10,
                Channel.FORUM);
        intake.send(new ProducerRecord<>(Topics.INTAKE_CASES, caseId,
                codec.encode(EventEnvelope.wrap(post, "intake-service", MONDAY_10, null, null))));
        intake.flush();
    }

    private static String type(ConsumerRecord<String, String> record) {
        return tree(record.value()).path("type").asText();
    }

    private static JsonNode data(ConsumerRecord<String, String> record) {
        return tree(record.value()).path("data");
    }

    private static JsonNode tree(String json) {
        try {
            return Json.newMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clock the test moves forward, so "two hours later" takes no waiting. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
