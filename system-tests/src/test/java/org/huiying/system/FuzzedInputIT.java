package org.huiying.system;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.huiying.contracts.Topics;
import org.huiying.support.test.SampleLogins;
import org.huiying.support.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Whatever a forum or the internet sends: 10,000 seeded random inputs — scraper messages (well-formed posts, and
 * posts with a field missing, of the wrong type, dated before 2000 or in year 300000000, posted after they were
 * scraped, not JSON at all, huge) and REST requests with parameters that cannot be read — each end in a result, a
 * 4xx or the dead-letter topic; no consumer stalls and every service answers its health throughout.
 */
class FuzzedInputIT {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final ZoneId ANJI = ZoneId.of("Asia/Shanghai");
    private static final int SCRAPER_MESSAGES = 9_000;
    private static final int REST_REQUESTS = 1_000;
    private static final List<String> SERVICES = List.of("intake-service", "routing-service", "sla-service",
            "reporting-service");

    private final Random random = new Random(20261202);

    @Test
    void shouldEndEveryRandomInputInAResultA4xxOrTheDeadLetterTopicWhileStayingHealthy() throws Exception {
        try (RunningSystem system = new RunningSystem(new MutableClock(NOW));
             TopicProbe deadLetters = new TopicProbe(system.brokers(), Topics.SCRAPER_POSTS_DLT)) {
            AtomicReference<String> unhealthy = new AtomicReference<>();
            Thread healthWatch = watchHealth(system, unhealthy);

            // when: random scraper messages, each known to be readable or not
            int valid = 0;
            List<String> refusedKeys = new ArrayList<>();
            try (KafkaProducer<String, String> scraper = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.brokers(),
                    ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4_000_000,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                for (int i = 0; i < SCRAPER_MESSAGES; i++) {
                    String key = "fuzz-bbs:f-" + i;
                    Message message = message(i);
                    if (message.readable()) {
                        valid++;
                    } else {
                        refusedKeys.add(key);
                    }
                    scraper.send(new ProducerRecord<>(Topics.SCRAPER_POSTS, key, message.json()));
                }
                scraper.flush();
            }

            // and: random REST requests
            AtomicInteger serverErrors = new AtomicInteger();
            List<String> errors = new ArrayList<>();
            for (int i = 0; i < REST_REQUESTS; i++) {
                String service = SERVICES.get(random.nextInt(SERVICES.size()));
                String path = randomPath();
                HttpMethod method = random.nextInt(4) == 0 ? HttpMethod.POST : HttpMethod.GET;
                int status = system.anonymous(service).method(method).uri(path)
                        .headers(random.nextBoolean() ? SampleLogins::office : SampleLogins::viewer)
                        .contentType(MediaType.APPLICATION_JSON).bodyValue(randomBody())
                        .exchange().returnResult(String.class).getStatus().value();
                if (status >= 500) {
                    serverErrors.incrementAndGet();
                    errors.add(method + " " + service + path + " -> " + status);
                }
            }

            // then: every readable post became a case, every other message is in the dead-letter topic
            int expectedCases = valid;
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                assertThat(deadLetters.all(r -> r.key() != null && r.key().startsWith("fuzz-bbs:")).size())
                        .as("dead letters").isEqualTo(refusedKeys.size());
                String page = system.http("intake-service").get().uri("/api/cases?source=fuzz-bbs&size=1")
                        .exchange().expectStatus().isOk().returnResult(String.class).getResponseBody().blockFirst();
                assertThat(page.replaceAll("(?s).*\"total\":(\\d+).*", "$1")).as("cases").isEqualTo(
                        String.valueOf(expectedCases));
            });
            assertThat(errors.subList(0, Math.min(errors.size(), 20)))
                    .as("REST requests answered 5xx (%d in all; the first 20)", errors.size()).isEmpty();
            healthWatch.interrupt();
            assertThat(unhealthy.get()).as("a service stopped answering its health").isNull();
        }
    }

    private record Message(String json, boolean readable) {
    }

    private Message message(int i) {
        String thread = "f-" + i;
        Instant posted = NOW.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 30)));
        String postedAt = local(posted);
        String scrapedAt = local(posted.plusSeconds(60));
        String body = "路灯坏了" + i;
        return switch (random.nextInt(12)) {
            case 0, 1 -> new Message(post(thread, postedAt, scrapedAt, body), true);
            case 3 -> new Message(post(thread, postedAt, scrapedAt, "很长".repeat(60_000)), true); // kept truncated
            case 4 -> new Message(post(thread, postedAt, scrapedAt, body).replace("\"threadId\":\"" + thread + "\",",
                    ""), false);
            case 5 -> new Message(post(thread, "+300000000-01-01T00:00:00+08:00", scrapedAt, body), false);
            case 6 -> new Message(post(thread, "1970-01-01T00:00:00+08:00", scrapedAt, body), false);
            case 7 -> new Message(post(thread, local(posted.plus(Duration.ofDays(3))), scrapedAt, body), false);
            case 8 -> new Message(post(thread, postedAt, scrapedAt, body).replace("\"author\":\"网友\"",
                    "\"author\":" + random.nextInt()), false);
            case 9 -> new Message(randomText(random.nextInt(200)), false);
            case 10 -> new Message(post(thread, "2026-13-45T99:99:99+08:00", scrapedAt, body), false);
            default -> new Message("{\"source\":\"fuzz-bbs\",\"postId\":\"x\",\"threadId\":\"" + thread
                    + "\",\"replyTo\":\"nope\",\"author\":\"a\",\"body\":\"b\",\"postedAt\":\"" + postedAt
                    + "\",\"scrapedAt\":\"" + scrapedAt + "\"}", false); // a reply to a thread never received
        };
    }

    private static String post(String thread, String postedAt, String scrapedAt, String body) {
        return "{\"source\":\"fuzz-bbs\",\"postId\":\"" + thread + "-p0\",\"threadId\":\"" + thread
                + "\",\"board\":\"民生热线\",\"author\":\"网友\",\"title\":\"问题\",\"body\":\"" + body
                + "\",\"postedAt\":\"" + postedAt + "\",\"scrapedAt\":\"" + scrapedAt + "\"}";
    }

    private String randomPath() {
        String[] values = {"-1", "0", "abc", "99999999999999999999", "0001-01-01", "9999-12-31", "2025", "2025-13",
                "2025-Q5", "", "%00", "%E4%B8%AD", "1e9", "null", "[]", "2025-01-01T00:00:00Z", ",", "postedAt,up"};
        String[] paths = {"/api/assessment?period=%s", "/api/assessment?from=%s&to=%s", "/api/reports/monthly?month=%s",
                "/api/reports/trend?year=%s", "/api/units/%s/breaches?period=%s", "/api/breaches?from=%s&to=%s",
                "/api/cases?page=%s&size=%s", "/api/cases?sort=%s", "/api/cases?postedFrom=%s&postedTo=%s",
                "/api/cases/%s", "/api/cases/%s/deadlines", "/api/units/%s/todo", "/api/cases/%s/assignment",
                "/api/assessment/export?period=%s&format=%s", "/api/cases/%s/extensions", "/api/cases/%s/rating",
                "/api/cases/%s/dispatch", "/api/calendar/years/%s", "/api/assessment/units/%s/cases?period=%s"};
        String path = paths[random.nextInt(paths.length)];
        int slots = path.split("%s", -1).length - 1;
        Object[] args = new Object[slots];
        for (int i = 0; i < slots; i++) {
            args[i] = values[random.nextInt(values.length)];
        }
        return path.formatted(args);
    }

    private String randomBody() {
        return switch (random.nextInt(4)) {
            case 0 -> "{}";
            case 1 -> "{\"satisfaction\":\"" + randomText(5) + "\",\"newDueAt\":\"0001-01-01T00:00:00Z\"}";
            case 2 -> randomText(30);
            default -> "{\"explanation\":\"说明\",\"newDueAt\":\"+999999999-12-31T23:59:59Z\",\"leadUnitId\":[1]}";
        };
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : 0x4e00 + random.nextInt(2000)));
        }
        return text.toString();
    }

    private static String local(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ANJI).toString();
    }

    private static Thread watchHealth(RunningSystem system, AtomicReference<String> unhealthy) {
        Thread watch = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                for (String service : SERVICES) {
                    try {
                        int status = system.anonymous(service).get().uri("/actuator/health").exchange()
                                .returnResult(String.class).getStatus().value();
                        if (status != 200) {
                            unhealthy.compareAndSet(null, service + " answered " + status);
                        }
                    } catch (RuntimeException e) {
                        unhealthy.compareAndSet(null, service + ": " + e);
                    }
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "health-watch");
        watch.setDaemon(true);
        watch.start();
        return watch;
    }
}
