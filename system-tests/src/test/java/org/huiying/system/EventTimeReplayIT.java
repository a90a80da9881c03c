package org.huiying.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.huiying.contracts.Topics;
import org.huiying.support.test.SampleLogins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Event time decides: a year of generated threads, with the answers the units name over REST and the office's
 * ratings, fed four ways — in order; threads shuffled among each other; every reply scraped 1–6 hours late; in two
 * halves with sla stopped in between — gives the same assessment rows, breach counts and standing ladder steps each
 * time, equal to what the README's rules say ({@link AssessmentOracle}).
 */
class EventTimeReplayIT {

    static final Instant NOW = Instant.parse("2026-01-20T02:00:00Z");
    static final YearOfThreads YEAR = new YearOfThreads(80, 2025);
    static final AssessmentOracle ORACLE = new AssessmentOracle(NOW);
    static final Map<String, Outcome> outcomes = new TreeMap<>();
    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void theYearIsVaried() {
        List<AssessmentOracle.Case> cases = YEAR.threads.stream().map(ORACLE::judge).toList();
        assertThat(cases).anyMatch(c -> !c.responseOnTime()).anyMatch(AssessmentOracle.Case::responseOnTime)
                .anyMatch(c -> c.answerOnTime()).anyMatch(c -> c.steps().contains("leadership"))
                .anyMatch(c -> c.progressMissed() > 20);
    }

    @Test
    void shouldGiveTheOraclesFiguresWhenTheYearIsFedInOrder() throws Exception {
        run("in order", system -> {
            publish(system, YEAR.records(false));
            actOverRest(system, new Random(1), false);
        });
    }

    @Test
    void shouldGiveTheSameFiguresWhenThreadsArriveShuffledAmongEachOther() throws Exception {
        run("shuffled", system -> {
            publish(system, shuffledThreads(YEAR.records(false), new Random(7)));
            actOverRest(system, new Random(8), true);
        });
    }

    @Test
    void shouldGiveTheSameFiguresWhenEveryReplyIsScrapedHoursLate() throws Exception {
        run("replies scraped 1-6 h late", system -> {
            publish(system, YEAR.records(true));
            actOverRest(system, new Random(1), false);
        });
    }

    @Test
    void shouldGiveTheSameFiguresWhenSlaIsStoppedBetweenTwoHalvesOfTheYear() throws Exception {
        Instant half = Instant.parse("2025-07-01T00:00:00Z");
        List<YearOfThreads.Scraped> records = YEAR.records(false);
        run("two halves, sla stopped between", system -> {
            publish(system, records.stream().filter(r -> r.scrapedAt().isBefore(half)).toList());
            awaitCases(system, (int) YEAR.threads.stream().filter(t -> t.posted().isBefore(half.minusSeconds(7200)))
                    .count());
            system.stop("sla-service");
            publish(system, records.stream().filter(r -> !r.scrapedAt().isBefore(half)).toList());
            actOverRest(system, new Random(1), false);
            system.start("sla-service");
        });
    }

    private void run(String name, Consumer<RunningSystem> feed) throws Exception {
        Outcome outcome;
        try (RunningSystem system = new RunningSystem(new MutableClock(NOW))) {
            feed.accept(system);
            heartbeat(system, NOW); // the scraper: everything posted before now has been sent

            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                    assertThat(assessment(system)).as("assessment 2025, %s", name).isEqualTo(ORACLE.units(YEAR)));
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                    assertThat(breaches(system)).as("breaches, %s", name).isEqualTo(ORACLE.breaches(YEAR)));
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                    assertThat(steps(system, false)).as("standing steps, %s", name).isEqualTo(ORACLE.steps(YEAR)));
            outcome = new Outcome(assessment(system), breaches(system), steps(system, true));
        }
        synchronized (outcomes) {
            outcomes.put(name, outcome);
            // warnings are not in the oracle: every run must still leave exactly the same ones standing
            assertThat(outcomes.values()).allSatisfy(other -> assertThat(other).isEqualTo(outcome));
        }
    }

    private void actOverRest(RunningSystem system, Random order, boolean shuffle) {
        List<YearOfThreads.Thread> threads = new ArrayList<>(YEAR.threads);
        if (shuffle) {
            Collections.shuffle(threads, order);
        }
        for (YearOfThreads.Thread t : threads) {
            if (t.answer() != null) {
                boolean dipu = "dipu".equals(t.unit());
                // the liaison names the unit's forum reply as the answer; the spokesperson approves it (审核)
                untilAccepted(system, dipu ? SampleLogins::dipuLiaison : SampleLogins::jiaotongLiaison,
                        "/api/cases/{id}/answer/from-reply", t.caseId(), Map.of("postId", t.id() + "-p2"));
                untilAccepted(system, dipu ? SampleLogins::dipuSpokesperson : SampleLogins::jiaotongSpokesperson,
                        "/api/cases/{id}/answer/approval", t.caseId(), Map.of());
            }
        }
        for (YearOfThreads.Thread t : threads) {
            if (t.rating() != null) {
                untilAccepted(system, SampleLogins::office, "/api/cases/{id}/rating", t.caseId(),
                        Map.of("satisfaction", t.rating()));
            }
        }
    }

    /** Retries while intake has not yet read the thread the action is about. */
    private void untilAccepted(RunningSystem system, Consumer<HttpHeaders> login, String path, String caseId,
                               Map<String, String> body) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> system
                .anonymous("intake-service").post().uri(path, caseId).headers(login)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .returnResult(String.class).getStatus().is2xxSuccessful());
    }

    private void awaitCases(RunningSystem system, int atLeast) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode units = json.readTree(system.http("reporting-service").get().uri("/api/assessment?period=2025")
                    .exchange().expectStatus().isOk().returnResult(String.class).getResponseBody().blockFirst());
            int received = 0;
            for (JsonNode unit : units.get("units")) {
                received += unit.get("received").asInt();
            }
            assertThat(received).isGreaterThanOrEqualTo(atLeast);
        });
    }

    private Map<String, Map<String, Integer>> assessment(RunningSystem system) throws Exception {
        JsonNode body = json.readTree(system.http("reporting-service").get().uri("/api/assessment?period=2025")
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseBody().blockFirst());
        Map<String, Map<String, Integer>> units = new TreeMap<>();
        for (JsonNode unit : body.get("units")) {
            if (unit.get("received").asInt() == 0) {
                continue;
            }
            Map<String, Integer> row = new TreeMap<>();
            AssessmentOracle.fields().forEach(field -> row.put(field, unit.get(field).asInt()));
            units.put(unit.get("unitId").asText(), row);
        }
        return units;
    }

    private Map<String, Map<String, Integer>> breaches(RunningSystem system) throws Exception {
        JsonNode body = json.readTree(system.http("sla-service").get().uri("/api/breaches?from=2025-01&to=2026-01")
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseBody().blockFirst());
        Map<String, Map<String, Integer>> units = new TreeMap<>();
        YEAR.threads.forEach(t -> units.computeIfAbsent(t.unit(), u -> new TreeMap<>(Map.of("response", 0,
                "answer", 0, "progress", 0))));
        for (JsonNode unit : body.get("units")) {
            Map<String, Integer> row = new TreeMap<>();
            for (String kind : List.of("response", "answer", "progress")) {
                row.put(kind, unit.get("counts").get(kind).asInt());
            }
            units.put(unit.get("unitId").asText(), row);
        }
        return units;
    }

    /** Each case's standing ladder steps ({@code step@dueAt}, with the unit when {@code all}, warnings too). */
    private Map<String, Set<String>> steps(RunningSystem system, boolean all) throws Exception {
        Map<String, Set<String>> steps = new TreeMap<>();
        for (YearOfThreads.Thread t : YEAR.threads) {
            JsonNode body = json.readTree(system.http("sla-service").get().uri("/api/cases/{id}/deadlines", t.caseId())
                    .exchange().expectStatus().isOk().returnResult(String.class).getResponseBody().blockFirst());
            Set<String> standing = new TreeSet<>();
            for (JsonNode step : body.get("escalations")) {
                boolean withdrawn = step.hasNonNull("withdrawnReason");
                boolean warning = "warning".equals(step.get("step").asText());
                if (!withdrawn && (all || !warning)) {
                    standing.add(step.get("step").asText() + "@" + step.get("dueAt").asText()
                            + (all ? "/" + step.get("deadline").asText() + "/" + step.get("unitId").asText() : ""));
                }
            }
            steps.put(t.caseId(), standing);
        }
        return steps;
    }

    private static void publish(RunningSystem system, List<YearOfThreads.Scraped> records) {
        try (KafkaProducer<String, String> scraper = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.brokers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            records.forEach(r -> scraper.send(new ProducerRecord<>(Topics.SCRAPER_POSTS, r.key(), r.json())));
            scraper.flush();
        }
    }

    private static void heartbeat(RunningSystem system, Instant watermark) {
        publish(system, List.of(YearOfThreads.Scraped.heartbeat(watermark)));
    }

    /** The threads' records interleaved at random, each thread's own records still in their order. */
    private static List<YearOfThreads.Scraped> shuffledThreads(List<YearOfThreads.Scraped> records, Random random) {
        Map<String, List<YearOfThreads.Scraped>> byThread = new TreeMap<>();
        records.forEach(r -> byThread.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
        List<List<YearOfThreads.Scraped>> queues = new ArrayList<>(byThread.values());
        List<YearOfThreads.Scraped> shuffled = new ArrayList<>();
        while (!queues.isEmpty()) {
            int pick = random.nextInt(queues.size());
            shuffled.add(queues.get(pick).remove(0));
            if (queues.get(pick).isEmpty()) {
                queues.remove(pick);
            }
        }
        return shuffled;
    }

    record Outcome(Map<String, Map<String, Integer>> assessment, Map<String, Map<String, Integer>> breaches,
                   Map<String, Set<String>> steps) {
    }
}
