package org.huiying.reporting.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.huiying.contracts.IntegrationEvent;
import org.huiying.contracts.intake.Satisfaction;
import org.huiying.contracts.sla.DeadlineKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;
import static org.huiying.reporting.casefacts.CaseFactsFixture.answered;
import static org.huiying.reporting.casefacts.CaseFactsFixture.assignedAt;
import static org.huiying.reporting.casefacts.CaseFactsFixture.met;
import static org.huiying.reporting.casefacts.CaseFactsFixture.missed;
import static org.huiying.reporting.casefacts.CaseFactsFixture.postedAt;
import static org.huiying.reporting.casefacts.CaseFactsFixture.rated;

/**
 * Opens the office dashboard in headless Chromium against the running service and checks that the figures on the
 * page are the API's. Skipped, saying why, where Chromium is not installed ({@code apt-get install chromium}).
 */
class DashboardIT extends ReportingServiceIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Pattern CELL = Pattern.compile(
            "<td data-unit=\"([^\"]+)\" data-field=\"([^\"]+)\" data-value=\"([^\"]*)\">([^<]*)</td>");

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldShowTheApisFiguresWhenTheDashboardIsOpenedInABrowser() throws Exception {
        assumeThat(Files.isExecutable(CHROMIUM))
                .as("the dashboard test needs headless Chromium at %s (apt-get install chromium)", CHROMIUM).isTrue();
        // given: 2024 — 递铺 answers one of two cases on time (满意), 交通 answers its one case late
        publish(YearOfCases.units());
        publish(year2024());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                api("/api/assessment?period=2024").at("/units/0/answered").asInt()).isEqualTo(1));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                api("/api/reports/monthly?month=2024-12").at("/received").asInt()).isEqualTo(3));

        // when
        String dom = render("/dashboard/index.html?period=2024");

        // then
        assertThat(dom).contains("<body data-ready=\"true\"").contains("单位排名").contains("月度趋势")
                .contains("积压与超期").contains("热点话题").doesNotContain("加载失败");
        Map<String, String> cells = cells(dom);
        JsonNode units = api("/api/assessment?period=2024").at("/units");
        assertThat(units.size()).isGreaterThanOrEqualTo(3);
        for (JsonNode unit : units) {
            String id = unit.get("unitId").asText();
            for (String field : List.of("rank", "received", "answered", "answerRate", "onTimeAnswerRate",
                    "satisfactionRate", "implementationRate", "score")) {
                assertSame(cells.get("ranking|" + id + "|" + field), unit.get(field), id + "." + field);
            }
        }
        assertThat(cells.get("ranking|dipu|answerRate")).isEqualTo("0.5");
        assertThat(dom).contains(">50.0%<");
        for (JsonNode month : api("/api/reports/trend?year=2024")) {
            assertSame(cells.get("trend|" + month.get("month").asText() + "|received"), month.get("received"),
                    month.get("month").asText());
        }
        assertThat(cells.get("trend|2024-12|received")).isEqualTo("3");
        int open = 0;
        for (JsonNode unit : api("/api/units")) {
            assertSame(cells.get("backlog|" + unit.get("unitId").asText() + "|open"), unit.get("open"), "open");
            open += unit.get("open").asInt();
        }
        assertThat(dom).contains("<th id=\"backlog-open-total\">" + open + "</th>");
        JsonNode topic = api("/api/reports/monthly?month=2024-12").at("/busiestTopics/0");
        assertThat(dom).contains("data-word=\"" + topic.get("word").asText() + "\" data-cases=\""
                + topic.get("cases").asInt() + "\"");
    }

    private List<IntegrationEvent> year2024() {
        Instant d1 = YearOfCases.at(2024, 12, 2, 9);
        Instant d2 = YearOfCases.at(2024, 12, 9, 9);
        Instant d3 = YearOfCases.at(2024, 12, 16, 9);
        List<IntegrationEvent> events = new ArrayList<>(List.of(
                postedAt("anji-bbs:d24-1", d1, "递铺论坛", "递铺路灯不亮"), assignedAt("anji-bbs:d24-1", "dipu", d1.plusSeconds(60)),
                answered("anji-bbs:d24-1", "dipu", d1.plusSeconds(86_400)),
                met("anji-bbs:d24-1", "dipu", DeadlineKind.ANSWER, d1.plusSeconds(259_200), d1.plusSeconds(86_400)),
                rated("anji-bbs:d24-1", "dipu", Satisfaction.SATISFIED, d1.plusSeconds(90_000)),
                postedAt("anji-bbs:d24-2", d2, "递铺论坛", "路灯又坏了"), assignedAt("anji-bbs:d24-2", "dipu", d2.plusSeconds(60)),
                postedAt("anji-bbs:d24-3", d3, "交通论坛", "公交线路调整"),
                assignedAt("anji-bbs:d24-3", "jiaotong", d3.plusSeconds(60)),
                missed("anji-bbs:d24-3", "jiaotong", DeadlineKind.ANSWER, d3.plusSeconds(259_200)),
                answered("anji-bbs:d24-3", "jiaotong", d3.plusSeconds(300_000))));
        return events;
    }

    private String render(String path) throws IOException, InterruptedException {
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--virtual-time-budget=20000", "--dump-dom",
                "http://127.0.0.1:" + port + path)
                .redirectError(profile.resolve("chromium.log").toFile()).start();
        byte[] dom = chromium.getInputStream().readAllBytes();
        assertThat(chromium.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return new String(dom, StandardCharsets.UTF_8);
    }

    /** {@code <table id>|<data-unit>|<data-field>} → data-value, for every cell of the three tables. */
    private static Map<String, String> cells(String dom) {
        Map<String, String> cells = new HashMap<>();
        for (String table : List.of("ranking", "trend", "backlog")) {
            int start = dom.indexOf("<table id=\"" + table + "\">");
            String html = dom.substring(start, dom.indexOf("</table>", start));
            Matcher m = CELL.matcher(html);
            while (m.find()) {
                cells.put(table + "|" + m.group(1) + "|" + m.group(2), m.group(3));
            }
        }
        return cells;
    }

    private static void assertSame(String shown, JsonNode expected, String what) {
        assertThat(shown).as("%s is on the page", what).isNotNull();
        if (expected == null || expected.isNull()) {
            assertThat(shown).as(what).isEmpty();
        } else {
            assertThat(Double.parseDouble(shown)).as(what).isEqualTo(expected.asDouble());
        }
    }

    private JsonNode api(String uri) throws IOException {
        return json.readTree(web.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody());
    }
}
