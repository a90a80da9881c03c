package org.huiying.intake.cases;

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
import org.huiying.contracts.routing.CaseAssigned;
import org.huiying.contracts.routing.ForumAccount;
import org.huiying.contracts.routing.UnitKind;
import org.huiying.contracts.routing.UnitUpdated;
import org.huiying.intake.IntakeLogin;
import org.huiying.intake.MutableClock;
import org.huiying.intake.directory.RegisteredAccounts;
import org.huiying.support.html.PrintablePages;
import org.huiying.support.kafka.EnvelopeCodec;
import org.huiying.support.test.InProcessMongo;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.huiying.intake.cases.CaseThreadFixture.firstUnitReply;
import static org.huiying.intake.cases.CaseThreadFixture.followUp;
import static org.huiying.intake.cases.CaseThreadFixture.secondUnitReply;
import static org.huiying.intake.cases.CaseThreadFixture.threadStart;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=intake-service",
                "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "huiying.cases.sweep-interval=PT0.2S"})
@EmbeddedKafka(kraft = true, partitions = 1, topics = {Topics.ROUTING_UNITS, Topics.ROUTING_ASSIGNMENTS})
class CaseLifecycleIT {

    static final InProcessMongo mongo = InProcessMongo.start();
    static final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    static final List<String> LIFE_OF_A_THREAD = List.of("post-received", "case-acknowledged", "follow-up-added",
            "progress-reported");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("huiying.mongo.uri", mongo::uri);
    }

    @TestConfiguration
    static class TestClock {
        @Bean
        Clock testClock() {
            return clock;
        }
    }

    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @Autowired
    WebTestClient web;

    @Autowired
    EnvelopeCodec codec;

    @Autowired
    RegisteredAccounts accounts;

    final ObjectMapper json = new ObjectMapper();
    KafkaProducer<String, String> producer;

    @BeforeEach
    void connectAndPublishTheDirectory() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        routing(Topics.ROUTING_UNITS, new UnitUpdated(UUID.nameUUIDFromBytes("jiaotong".getBytes()),
                Instant.parse("2026-01-01T00:00:00Z"), "jiaotong", "县交通运输局", UnitKind.DEPARTMENT, null,
                List.of(new ForumAccount("anji-bbs", "安吉交通")), false));
        routing(Topics.ROUTING_UNITS, new UnitUpdated(UUID.nameUUIDFromBytes("dipu".getBytes()),
                Instant.parse("2026-01-01T00:00:00Z"), "dipu", "递铺街道", UnitKind.TOWNSHIP, null,
                List.of(new ForumAccount("anji-bbs", "递铺街道网络发言人")), false));
        await().atMost(Duration.ofSeconds(30)).until(() -> accounts.unitOf("anji-bbs", "安吉交通").isPresent()
                && accounts.unitOf("anji-bbs", "递铺街道网络发言人").isPresent());
    }

    @AfterEach
    void disconnect() {
        producer.close();
    }

    @Test
    void shouldPublishReceivedAcknowledgedFollowUpAndProgressInOrderWhenAThreadIsScraped() throws Exception {
        // given
        String caseId = "anji-bbs:t-1001";
        scrape(caseId, threadStart("t-1001"));
        awaitCase(caseId);
        assign(caseId, "jiaotong");

        // when
        scrape(caseId, firstUnitReply("t-1001"));
        scrape(caseId, followUp("t-1001"));
        scrape(caseId, secondUnitReply("t-1001"));

        // then
        try (TopicProbe cases = new TopicProbe(brokers, Topics.INTAKE_CASES)) {
            cases.await(r -> caseId.equals(r.key()) && type(r).equals("progress-reported"));
            List<ConsumerRecord<String, String>> life = cases.all(r -> caseId.equals(r.key())
                    && LIFE_OF_A_THREAD.contains(type(r)));
            assertThat(life).extracting(CaseLifecycleIT::type).containsExactlyElementsOf(LIFE_OF_A_THREAD);
            JsonNode acknowledged = json.readTree(life.get(1).value());
            assertThat(acknowledged.at("/data/occurredAt").asText()).isEqualTo("2026-03-02T03:40:00Z");
            assertThat(acknowledged.at("/data/unitId").asText()).isEqualTo("jiaotong");
            assertThat(acknowledged.at("/data/channel").asText()).isEqualTo("forum");
            assertThat(cases.all(r -> caseId.equals(r.key()))).allSatisfy(r ->
                    assertThat(r.value()).doesNotContain(CaseThreadFixture.NETIZEN));
        }
    }

    @Test
    void shouldPublishEachEventOnceWhenTheSameThreadIsSentTwice() {
        // given
        String caseId = "anji-bbs:t-1002";
        scrape(caseId, threadStart("t-1002"));
        awaitCase(caseId);
        assign(caseId, "jiaotong");
        List<String> thread = List.of(threadStart("t-1002"), firstUnitReply("t-1002"), followUp("t-1002"),
                secondUnitReply("t-1002"));

        // when
        thread.forEach(post -> scrape(caseId, post));
        thread.forEach(post -> scrape(caseId, post));
        scrape(caseId, CaseThreadFixture.post("t-1002", "t-1002-p5", "t-1002-p4", CaseThreadFixture.NETIZEN,
                "好的，谢谢。", "2026-03-02T17:00:00+08:00"));

        // then
        try (TopicProbe cases = new TopicProbe(brokers, Topics.INTAKE_CASES)) {
            cases.await(r -> caseId.equals(r.key()) && r.value().contains("t-1002-p5"));
            List<String> types = cases.all(r -> caseId.equals(r.key())).stream().map(CaseLifecycleIT::type).toList();
            assertThat(types).containsExactly("post-received", "case-classified", "case-acknowledged",
                    "follow-up-added", "progress-reported", "follow-up-added");
        }
    }

    @Test
    void shouldCreditARegisteredReplyAtItsPostingTimeWhenTheAssignmentArrivesAfterIt() throws Exception {
        // given
        String caseId = "anji-bbs:t-1003";
        scrape(caseId, threadStart("t-1003"));
        scrape(caseId, firstUnitReply("t-1003"));
        awaitCase(caseId);

        // when
        assign(caseId, "jiaotong");

        // then
        try (TopicProbe cases = new TopicProbe(brokers, Topics.INTAKE_CASES)) {
            ConsumerRecord<String, String> acknowledged = cases.await(r -> caseId.equals(r.key())
                    && type(r).equals("case-acknowledged"));
            assertThat(json.readTree(acknowledged.value()).at("/data/occurredAt").asText())
                    .isEqualTo("2026-03-02T03:40:00Z");
        }
    }

    @Test
    void shouldPublishTheRequestAndAcceptANewOneOnlyAfterTheNetizenFollowedUpWhenTheUnitAsksForInformation()
            throws Exception {
        // given: a scraped thread of 县交通运输局, acknowledged on the forum
        String caseId = "anji-bbs:t-1004";
        scrape(caseId, threadStart("t-1004"));
        awaitCase(caseId);
        assign(caseId, "jiaotong");
        scrape(caseId, firstUnitReply("t-1004"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/cases/{id}", caseId)
                .headers(IntakeLogin::viewer).exchange().expectBody().jsonPath("$.acknowledgedAt").exists());
        Map<String, String> question = Map.of("text", "请补充具体是哪个路口、什么时段。");

        // when / then
        act(caseId, "information-requests", IntakeLogin::dipuLiaison, question)
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.rule").isEqualTo("assigned-unit-only");
        act(caseId, "information-requests", IntakeLogin::jiaotongLiaison, Map.of("text", " "))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("text");
        act(caseId, "information-requests", IntakeLogin::jiaotongLiaison, question).expectStatus().isNoContent();
        act(caseId, "information-requests", IntakeLogin::jiaotongLiaison, question)
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.rule").isEqualTo("information-request-open");
        scrape(caseId, CaseThreadFixture.post("t-1004", "t-1004-p3", "t-1004-p2", CaseThreadFixture.NETIZEN,
                "是胜利西路与昌硕路口，早高峰最明显。", clock.instant().plusSeconds(600).toString()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                act(caseId, "information-requests", IntakeLogin::jiaotongLiaison, Map.of("text", "有照片吗？"))
                        .expectStatus().isNoContent());

        // then
        try (TopicProbe cases = new TopicProbe(brokers, Topics.INTAKE_CASES)) {
            cases.await(r -> caseId.equals(r.key()) && r.value().contains("有照片吗？"));
            List<ConsumerRecord<String, String>> requests = cases.all(r -> caseId.equals(r.key())
                    && type(r).equals("information-requested"));
            assertThat(requests).hasSize(2);
            JsonNode first = json.readTree(requests.get(0).value());
            assertThat(first.at("/data/unitId").asText()).isEqualTo("jiaotong");
            assertThat(first.at("/data/text").asText()).isEqualTo("请补充具体是哪个路口、什么时段。");
            assertThat(cases.all(r -> caseId.equals(r.key())).stream().map(CaseLifecycleIT::type))
                    .containsSubsequence("information-requested", "follow-up-added", "information-requested");
        }
    }

    @Test
    void shouldPublishANamedForumReplyOnlyWhenASignedInApproverOtherThanItsNamerApprovesIt() throws Exception {
        // given: a scraped thread of 县交通运输局, acknowledged and then answered on the forum
        String caseId = "anji-bbs:t-1006";
        scrape(caseId, threadStart("t-1006"));
        awaitCase(caseId);
        assign(caseId, "jiaotong");
        scrape(caseId, firstUnitReply("t-1006"));
        scrape(caseId, secondUnitReply("t-1006"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/cases/{id}", caseId)
                .headers(IntakeLogin::viewer).exchange().expectBody().jsonPath("$.progressReports").isEqualTo(1));
        Map<String, String> reply = Map.of("postId", "t-1006-p4");

        // when / then: the approver is no longer typed in
        act(caseId, "answer/from-reply", IntakeLogin::jiaotongSpokesperson,
                Map.of("postId", "t-1006-p4", "approvedBy", "局长 张明"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("approvedBy");
        act(caseId, "answer/from-reply", IntakeLogin::jiaotongSpokesperson, reply).expectStatus().isNoContent();
        act(caseId, "answer/approval", IntakeLogin::jiaotongSpokesperson, Map.of())
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("no-self-approval");
        act(caseId, "answer/approval", IntakeLogin::jiaotongLiaison, Map.of())
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("spokesperson-approves");
        web.get().uri("/api/cases/{id}", caseId).headers(IntakeLogin::viewer).exchange().expectBody()
                .jsonPath("$.status").isEqualTo("acknowledged").jsonPath("$.answerDraft").isEqualTo("reply-marked");
        act(caseId, "answer/approval", IntakeLogin::office, Map.of()).expectStatus().isNoContent();

        // then: answered at the reply's own time, approved by the signed-in office user
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/cases/{id}", caseId)
                .headers(IntakeLogin::viewer).exchange().expectBody()
                .jsonPath("$.status").isEqualTo("answered")
                .jsonPath("$.answeredAt").isEqualTo("2026-03-02T08:30:00Z")
                .jsonPath("$.answerApprovedBy").isEqualTo("office-wang"));
        try (TopicProbe cases = new TopicProbe(brokers, Topics.INTAKE_CASES)) {
            JsonNode published = json.readTree(cases.await(r -> caseId.equals(r.key())
                    && type(r).equals("answer-published")).value());
            assertThat(published.at("/data/approvedBy").asText()).isEqualTo("office-wang");
            assertThat(published.at("/data/channel").asText()).isEqualTo("forum");
        }
    }

    @Test
    void shouldRefuseUnauthenticatedReadsWritesWithoutTheRoleAndWritesFromOtherSites() {
        web.get().uri("/api/cases/{id}", "anji-bbs:t-1001").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:huiying:problem:login-required");
        web.get().uri("/api/cases").exchange().expectStatus().isUnauthorized();
        web.post().uri("/api/cases").headers(IntakeLogin::viewer).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "标题", "body", "内容")).exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:huiying:problem:role-required");
        web.get().uri("/actuator/health").exchange().expectStatus().isOk();
        web.post().uri("/api/cases/{id}/answer/approval", "anji-bbs:t-1001").headers(IntakeLogin::office)
                .header("Sec-Fetch-Site", "cross-site").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("approve=1").exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:huiying:problem:cross-site-write");
    }

    @Test
    void shouldTakeAManualCaseFromAcknowledgementToRatingWithEveryRuleEnforced() {
        // given
        String caseId = enterCase("公交站台没有遮雨棚", "昌硕路公交站没有遮雨棚，下雨天候车很不方便，建议增设。");
        assign(caseId, "jiaotong");

        // when / then
        act(caseId, "acknowledgement", IntakeLogin::dipuLiaison, Map.of())
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.rule").isEqualTo("assigned-unit-only");
        act(caseId, "acknowledgement", IntakeLogin::jiaotongLiaison, Map.of("note", "已收到"))
                .expectStatus().isNoContent();
        act(caseId, "acknowledgement", IntakeLogin::jiaotongLiaison, Map.of())
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.rule").isEqualTo("acknowledge-once");
        act(caseId, "answer/draft", IntakeLogin::jiaotongLiaison, Map.of("text", "已协调公交公司增设遮雨棚。"))
                .expectStatus().isNoContent();
        act(caseId, "answer/approval", IntakeLogin::jiaotongLiaison, Map.of())
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("no-self-approval");
        act(caseId, "answer/approval", IntakeLogin::jiaotongSpokesperson, Map.of()).expectStatus().isNoContent();
        act(caseId, "answer/publication", IntakeLogin::jiaotongLiaison, Map.of()).expectStatus().isNoContent();
        act(caseId, "rating", IntakeLogin::office, Map.of("satisfaction", "satisfied", "resolution", 7))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("resolution");
        act(caseId, "rating", IntakeLogin::office, Map.of("satisfaction", "satisfied", "resolution", 5,
                "attitude", 5, "speed", 4)).expectStatus().isNoContent();

        // then
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/cases/{id}", caseId)
                .headers(IntakeLogin::viewer).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("closed")
                .jsonPath("$.satisfaction").isEqualTo("satisfied")
                .jsonPath("$.kind").isEqualTo("suggestion")
                .jsonPath("$.answerApprovedBy").isEqualTo("jiaotong-spokesperson"));
        List<String> types = web.get().uri("/api/cases/{id}/timeline", caseId).headers(IntakeLogin::viewer)
                .exchange().expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody()
                .stream().map(entry -> (String) entry.get("type")).toList();
        assertThat(types).containsExactly("post-received", "case-classified", "assignment-recorded",
                "case-acknowledged", "answer-drafted", "answer-approved", "answer-published", "case-rated",
                "case-closed");
        web.get().uri("/api/cases/{id}/archive", caseId).headers(IntakeLogin::office).accept(MediaType.TEXT_HTML)
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy", PrintablePages.CONTENT_SECURITY_POLICY)
                .expectBody(String.class)
                .value(html -> assertThat(html).contains("办理经过", "县交通运输局", "已协调公交公司增设遮雨棚"));
        web.get().uri("/api/cases/{id}/archive", caseId).headers(IntakeLogin::office)
                .accept(MediaType.APPLICATION_JSON).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.author").isEqualTo("市民热线转办").jsonPath("$.entries.length()").isEqualTo(9);
        web.get().uri(uri -> uri.path("/api/cases").queryParam("unit", "jiaotong").queryParam("status", "closed")
                        .queryParam("q", "遮雨棚").build()).headers(IntakeLogin::viewer).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].caseId").isEqualTo(caseId)
                .jsonPath("$.items[0].author").doesNotExist();
    }

    @Test
    void shouldAnswerABadRequestNamingTheParameterWhenASearchParameterCannotBeRead() {
        Map<String, String> queries = Map.of("page=abc", "page", "page=99999999999", "page", "size=0", "size",
                "sort=,", "sort", "sort=postedAt,sideways", "sort", "kind=rumour", "kind",
                "postedFrom=yesterday", "postedFrom",
                "postedFrom=2026-03-02T00:00:00Z&postedTo=2026-03-01T00:00:00Z", "postedTo");
        queries.forEach((query, field) -> web.get().uri("/api/cases?" + query).headers(IntakeLogin::viewer)
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.field").isEqualTo(field));
    }

    @Test
    void shouldCloseAnAnsweredCaseWhenTheQuietPeriodPassesWithoutRating() {
        // given
        String caseId = enterCase("路灯不亮", "递铺镇某小区路灯坏了一周。");
        assign(caseId, "jiaotong");
        act(caseId, "acknowledgement", IntakeLogin::jiaotongLiaison, Map.of()).expectStatus().isNoContent();
        act(caseId, "answer/draft", IntakeLogin::jiaotongLiaison, Map.of("text", "已修复。")).expectStatus().isNoContent();
        act(caseId, "answer/approval", IntakeLogin::office, Map.of()).expectStatus().isNoContent();
        act(caseId, "answer/publication", IntakeLogin::jiaotongLiaison, Map.of()).expectStatus().isNoContent();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/cases/{id}", caseId)
                .headers(IntakeLogin::viewer).exchange().expectBody().jsonPath("$.status").isEqualTo("answered"));

        // when
        clock.advance(Duration.ofDays(8));

        // then
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/cases/{id}", caseId)
                .headers(IntakeLogin::viewer).exchange().expectBody()
                .jsonPath("$.status").isEqualTo("closed").jsonPath("$.closeReason").isEqualTo("quiet-period"));
    }

    private String enterCase(String title, String body) {
        Map<?, ?> created = web.post().uri("/api/cases").headers(IntakeLogin::office)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", title, "body", body, "author", "市民热线转办"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String caseId = (String) created.get("caseId");
        awaitCase(caseId);
        return caseId;
    }

    private WebTestClient.ResponseSpec act(String caseId, String action,
                                           Consumer<HttpHeaders> login,
                                           Map<String, ?> body) {
        return web.post().uri("/api/cases/{id}/" + action, caseId).headers(login)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private void awaitCase(String caseId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/cases/{id}", caseId)
                .headers(IntakeLogin::viewer).exchange().expectStatus().isOk());
    }

    private void assign(String caseId, String unitId) {
        routing(Topics.ROUTING_ASSIGNMENTS, new CaseAssigned(UUID.randomUUID(), clock.instant(), caseId, unitId,
                List.of(), "test-rule", null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/cases/{id}", caseId)
                .headers(IntakeLogin::viewer).exchange().expectBody().jsonPath("$.leadUnitId").isEqualTo(unitId));
    }

    private void routing(String topic, IntegrationEvent event) {
        EventEnvelope<IntegrationEvent> envelope = EventEnvelope.wrap(event, "routing-service", event.occurredAt(),
                null, event.key());
        send(topic, event.key(), codec.encode(envelope));
    }

    private void scrape(String key, String post) {
        send(Topics.SCRAPER_POSTS, key, post);
    }

    private void send(String topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot publish to " + topic, e);
        }
    }

    private static String type(ConsumerRecord<String, String> record) {
        int start = record.value().indexOf("\"type\":\"") + 8;
        return record.value().substring(start, record.value().indexOf('"', start));
    }
}
