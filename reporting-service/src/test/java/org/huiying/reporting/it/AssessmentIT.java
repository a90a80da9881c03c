package org.huiying.reporting.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.support.test.SampleLogins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.MediaType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.huiying.reporting.it.YearOfCases.C1;
import static org.huiying.reporting.it.YearOfCases.C2;
import static org.huiying.reporting.it.YearOfCases.C3;
import static org.huiying.reporting.it.YearOfCases.C5;

/** A small year of events through the topics; every figure below is computed by hand from {@link YearOfCases}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssessmentIT extends ReportingServiceIT {

    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void publishTheYear() {
        connect();
        // given: the directory, then every event newest first (answers before posts, sla before routing) and
        // the first half of them delivered twice
        publish(YearOfCases.units());
        List<IntegrationEvent> events = new ArrayList<>(YearOfCases.events());
        Collections.reverse(events);
        publish(events);
        publish(events.subList(0, events.size() / 2));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                get("/api/assessment?period=2025").at("/units/0/received").asInt()).isEqualTo(3));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                get("/api/assessment/units/dipu/cases?period=2025&figure=implemented").at("/count").asInt())
                .isEqualTo(1));
        disconnect();
    }

    @Test
    @Order(1)
    void shouldAssessEveryUnitForTheYearWhenTheEventsArriveOutOfOrderAndTwice() {
        JsonNode year = get("/api/assessment?period=2025");

        assertThat(year.at("/period").asText()).isEqualTo("2025");
        assertThat(year.at("/policy/rates/satisfactionRate").asText()).isEqualTo("(satisfied + basicallySatisfied) / rated");
        JsonNode units = year.at("/units");
        assertThat(units.findValuesAsText("unitId")).containsExactly("jiaotong", "dipu", "xiaofeng");
        assertUnit(units.get(0), "jiaotong", "县交通运输局", new int[]{3, 3, 3, 2, 2, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0},
                1.0, 2.0 / 3, 2.0 / 3, 1.0, 0.0, 71.67, 1);
        assertUnit(units.get(1), "dipu", "递铺街道", new int[]{2, 2, 1, 2, 1, 0, 1, 1, 0, 0, 2, 1, 0, 1, 1},
                0.5, 1.0, 0.5, 0.5, 0.5, 65.0, 2);
        assertUnit(units.get(2), "xiaofeng", "孝丰镇", new int[]{1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0},
                0.0, 0.0, 0.0, null, null, 0.0, 3);
    }

    @Test
    @Order(2)
    void shouldCountOnlyThePeriodsCasesWhenAQuarterAMonthOrDatesAreAsked() {
        JsonNode q1 = get("/api/assessment?period=2025-Q1").at("/units");
        assertThat(unit(q1, "jiaotong").at("/received").asInt()).isEqualTo(2);
        assertThat(unit(q1, "jiaotong").at("/answered").asInt()).isEqualTo(1);
        assertThat(unit(q1, "xiaofeng").at("/received").asInt()).isEqualTo(1);
        assertThat(unit(q1, "xiaofeng").at("/returned").asInt()).isZero();

        // c6 was posted at 01:00 on 1 March in Anji, 28 February in UTC
        JsonNode february = get("/api/assessment?period=2025-02").at("/units");
        assertThat(february.findValues("received")).allMatch(n -> n.asInt() == 0);
        assertThat(unit(february, "dipu").at("/answerRate").isNull()).isTrue();

        JsonNode days = get("/api/assessment?from=2025-03-01&to=2025-03-04").at("/units");
        assertThat(unit(days, "dipu").at("/received").asInt()).isEqualTo(1);
        assertThat(unit(days, "xiaofeng").at("/received").asInt()).isEqualTo(1);
        assertThat(unit(days, "jiaotong").at("/received").asInt()).isZero();
    }

    @Test
    @Order(3)
    void shouldGiveTheFiguresAsTheyStoodWhenAsOfIsGiven() {
        JsonNode january = get("/api/assessment?period=2025&asOf=2025-01-31T00:00:00Z");

        assertThat(january.at("/asOf").asText()).isEqualTo("2025-01-31T00:00:00Z");
        assertThat(unit(january.at("/units"), "dipu").at("/received").asInt()).isEqualTo(1);
        assertThat(unit(january.at("/units"), "dipu").at("/satisfied").asInt()).isEqualTo(1);
        assertThat(unit(january.at("/units"), "jiaotong").at("/received").asInt()).isZero();
        JsonNode now = get("/api/assessment?period=2025&asOf=2099-01-01T00:00:00Z");
        assertThat(now.at("/units")).isEqualTo(get("/api/assessment?period=2025").at("/units"));
    }

    @Test
    @Order(4)
    void shouldListTheCasesBehindAFigureWhenItIsDrilledInto() {
        assertThat(cases("dipu", "answeredOnTime")).containsExactly(C1);
        assertThat(cases("dipu", "received")).containsExactly(C1, C2);
        assertThat(cases("jiaotong", "extended")).containsExactly(C3);
        assertThat(cases("xiaofeng", "returned")).containsExactly(C5);
        JsonNode drill = get("/api/assessment/units/jiaotong/cases?period=2025&figure=extended");
        assertThat(drill.at("/label").asText()).isEqualTo("延期");
        assertThat(drill.at("/cases/0/title").asText()).isEqualTo("胜利西路红绿灯时间太短");
        assertThat(drill.at("/cases/0/leadUnitId").asText()).isEqualTo("jiaotong");
    }

    @Test
    @Order(5)
    void shouldAnswerAProblemNamingTheParameterWhenAQueryParameterIsWrong() {
        web.get().uri("/api/assessment?period=2025-13").exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("'period'"));
        web.get().uri("/api/assessment/units/dipu/cases?period=2025&figure=bogus").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.detail")
                .value(d -> assertThat((String) d).contains("'figure'"));
        web.get().uri("/api/reports/monthly?month=March").exchange().expectStatus().isBadRequest();
        web.get().uri("/api/assessment?period=2025&asOf=yesterday").exchange().expectStatus().isBadRequest();
    }

    @Test
    @Order(5)
    void shouldRefuseNamingTheFieldWhenAPeriodReachesBeyondTheYearsOrSpansMoreThanTenYears() {
        web.get().uri("/api/assessment?from=0001-01-01&to=2025-12-31").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("from");
        web.get().uri("/api/assessment?from=2010-01-01&to=2025-12-31").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("to")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("P10Y"));
        web.get().uri("/api/assessment/export?period=9999&format=csv").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("period");
        web.get().uri("/api/reports/trend?year=1999").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("year");
        web.get().uri("/api/reports/monthly?month=3000-01").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("month");
        web.get().uri("/api/assessment?from=2016-01-01&to=2025-12-31").exchange().expectStatus().isOk();
    }

    @Test
    @Order(6)
    void shouldSummariseTheMonthWhenTheMonthlySummaryIsAsked() {
        JsonNode march = get("/api/reports/monthly?month=2025-03");

        assertThat(march.at("/received").asInt()).isEqualTo(4);
        assertThat(march.at("/previousReceived").asInt()).isZero();
        assertThat(march.at("/change").asInt()).isEqualTo(4);
        assertThat(march.at("/changeRate").isNull()).isTrue();
        assertThat(line(march.at("/byKind"), "complaint").at("/label").asText()).isEqualTo("投诉");
        assertThat(line(march.at("/byKind"), "complaint").at("/count").asInt()).isEqualTo(1);
        assertThat(line(march.at("/byKind"), "unclassified").at("/count").asInt()).isEqualTo(1);
        assertThat(line(march.at("/byUnit"), "jiaotong").at("/count").asInt()).isEqualTo(2);
        assertThat(line(march.at("/byUnit"), "jiaotong").at("/label").asText()).isEqualTo("县交通运输局");
        assertThat(line(march.at("/byBoard"), "递铺论坛").at("/count").asInt()).isEqualTo(2);
        assertThat(march.at("/busiestTopics/0/word").asText()).isEqualTo("红绿灯");
        assertThat(march.at("/busiestTopics/0/cases").asInt()).isEqualTo(2);

        JsonNode april = get("/api/reports/monthly?month=2025-04");
        assertThat(april.at("/received").asInt()).isZero();
        assertThat(april.at("/previousReceived").asInt()).isEqualTo(4);
        assertThat(april.at("/changeRate").asDouble()).isEqualTo(-1.0);
    }

    @Test
    @Order(7)
    void shouldExportTheAssessmentAsCsvWithABomAndChineseHeaders() {
        byte[] csv = web.get().uri("/api/assessment/export?period=2025&format=csv").exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(byte[].class).returnResult().getResponseBody();

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).startsWith("排名,单位编号,单位名称,受理件数,").contains(",答复率,", ",满意率,")
                .endsWith(",综合得分");
        assertThat(lines.get(1)).isEqualTo("1,jiaotong,县交通运输局,3,3,3,2,2,1,0,0,0,0,1,0,1,0,0,"
                + "1.0,0.6666666666666666,0.6666666666666666,1.0,0.0,71.67");
        assertThat(lines.get(3)).endsWith(",0.0,0.0,0.0,,,0.0");
    }

    @Test
    @Order(8)
    void shouldExportTheAssessmentAndTheMonthAsXlsxThatReadsBack() throws Exception {
        byte[] xlsx = web.get().uri("/api/assessment/export?period=2025&format=xlsx").exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("排名");
            assertThat(rows.get(0).getCellText(19)).isEqualTo("答复率");
            assertThat(rows.get(0).getCellText(20)).isEqualTo("按时办结率");
            assertThat(rows.get(0).getCellText(21)).isEqualTo("满意率");
            assertThat(rows.get(1).getCellText(2)).isEqualTo("县交通运输局");
            assertThat(rows.get(1).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("3");
            assertThat(rows.get(2).getCellAsNumber(19).orElseThrow().doubleValue()).isEqualTo(1.0);
            assertThat(rows.get(2).getCellAsNumber(23).orElseThrow().doubleValue()).isEqualTo(65.0);
        }

        byte[] monthly = web.get().uri("/api/reports/monthly/export?month=2025-03&format=xlsx").exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(monthly))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("维度");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("合计");
            assertThat(rows.get(1).getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("4");
            assertThat(rows.stream().filter(r -> r.getCellText(0).equals("热点话题")).findFirst().orElseThrow()
                    .getCellText(1)).isEqualTo("红绿灯");
        }
    }

    @Test
    @Order(9)
    void shouldExportEachUnitsAnswerAndSatisfactionRatesToPrometheus() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(web.get().uri("/actuator/prometheus")
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .contains("huiying_reporting_answer_rate{application=\"reporting-service\",unit=\"dipu\"} 1.0")
                .contains("huiying_reporting_satisfaction_rate{application=\"reporting-service\",unit=\"jiaotong\"} 1.0")
                .contains("huiying_reporting_satisfaction_rate{application=\"reporting-service\",unit=\"xiaofeng\"} NaN"));
    }

    @Test
    @Order(10)
    void shouldGiveIdenticalFiguresWhenTheReadModelIsRebuiltFromTheTopics() {
        // given
        JsonNode year = get("/api/assessment?period=2025").at("/units");
        JsonNode quarter = get("/api/assessment?period=2025-Q1").at("/units");
        JsonNode march = get("/api/reports/monthly?month=2025-03");
        JsonNode drill = get("/api/assessment/units/dipu/cases?period=2025&figure=received").at("/cases");
        JsonNode summaries = get("/api/units");
        int before = get("/api/admin/rebuild").at("/generation").asInt(1);

        // when
        JsonNode started = json(web.post().uri("/api/admin/rebuild").headers(SampleLogins::office).exchange().expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody());

        // then
        assertThat(started.at("/generation").asInt()).isGreaterThan(before);
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/admin/rebuild").at("/state").asText()
                .equals("done"));
        assertThat(get("/api/admin/rebuild").at("/eventsReplayed").asLong()).isGreaterThanOrEqualTo(
                YearOfCases.events().size());
        assertThat(get("/api/assessment?period=2025").at("/units")).isEqualTo(year);
        assertThat(get("/api/assessment?period=2025-Q1").at("/units")).isEqualTo(quarter);
        assertThat(get("/api/reports/monthly?month=2025-03")).isEqualTo(march);
        assertThat(get("/api/assessment/units/dipu/cases?period=2025&figure=received").at("/cases")).isEqualTo(drill);
        assertThat(get("/api/units")).isEqualTo(summaries);
        assertThat(get("/api/units/dipu/summary").at("/unitName").asText()).isEqualTo("递铺街道");
    }

    private void assertUnit(JsonNode unit, String id, String name, int[] counts, Double responseOnTime, Double answer,
                            Double onTimeAnswer, Double satisfaction, Double implementation, double score, int rank) {
        String[] fields = {"received", "acknowledged", "acknowledgedOnTime", "answered", "answeredOnTime", "extended",
                "urged", "supervised", "publiclyNotified", "returned", "rated", "satisfied", "basicallySatisfied",
                "dissatisfied", "implemented"};
        assertThat(unit.at("/unitId").asText()).isEqualTo(id);
        assertThat(unit.at("/unitName").asText()).isEqualTo(name);
        for (int i = 0; i < fields.length; i++) {
            assertThat(unit.get(fields[i]).asInt()).as("%s.%s", id, fields[i]).isEqualTo(counts[i]);
        }
        assertRate(unit, "responseOnTimeRate", responseOnTime);
        assertRate(unit, "answerRate", answer);
        assertRate(unit, "onTimeAnswerRate", onTimeAnswer);
        assertRate(unit, "satisfactionRate", satisfaction);
        assertRate(unit, "implementationRate", implementation);
        assertThat(unit.get("score").asDouble()).isEqualTo(score);
        assertThat(unit.get("rank").asInt()).isEqualTo(rank);
    }

    private static void assertRate(JsonNode unit, String field, Double expected) {
        if (expected == null) {
            assertThat(unit.get(field).isNull()).as(field).isTrue();
        } else {
            assertThat(unit.get(field).asDouble()).as(field).isEqualTo(expected);
        }
    }

    private List<String> cases(String unitId, String figure) {
        return get("/api/assessment/units/" + unitId + "/cases?period=2025&figure=" + figure).at("/cases")
                .findValuesAsText("caseId");
    }

    private static JsonNode unit(JsonNode units, String unitId) {
        for (JsonNode unit : units) {
            if (unit.get("unitId").asText().equals(unitId)) {
                return unit;
            }
        }
        throw new AssertionError("no unit " + unitId + " in " + units);
    }

    private static JsonNode line(JsonNode lines, String key) {
        for (JsonNode line : lines) {
            if (line.get("key").asText().equals(key)) {
                return line;
            }
        }
        throw new AssertionError("no line " + key + " in " + lines);
    }

    JsonNode get(String uri) {
        return json(web.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody());
    }

    private JsonNode json(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }
}
