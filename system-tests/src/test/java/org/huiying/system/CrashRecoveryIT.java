package org.huiying.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.huiying.contracts.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A power cut or the OOM killer in the middle of a burst: the embedded default ({@code ./huiying run}, from the
 * launcher's jar, every part its own process) takes 2,000 scraped threads; every process of it is killed with
 * SIGKILL while the services are still working through them; started again on the same data, it ends with every case,
 * every acknowledgement and every assignment once — and reporting's figures equal a clean replay of the topics.
 */
class CrashRecoveryIT {

    private static final int THREADS = 2_000;
    private static final ZoneId ANJI = ZoneId.of("Asia/Shanghai");
    private static final String OFFICE = "Basic " + Base64.getEncoder()
            .encodeToString("office-wang:office-demo-2026".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Integer> ports = freePorts("kafka", "controller", "mongo", "intake", "routing", "sla",
            "reporting");
    private Process stack;

    @AfterEach
    void stopStack() throws InterruptedException {
        if (stack != null && stack.isAlive()) {
            stack.destroy(); // SIGTERM: the launcher stops its children
            stack.waitFor();
        }
    }

    @Test
    void shouldLoseAndDoubleNothingWhenEveryProcessIsKilledMidBurstAndStartedAgain() throws Exception {
        // given: the stack is up and a burst of 3,000 threads (a post and the unit's reply each) is being worked on
        Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crash-");
        stack = launch(data);
        awaitHealthy(Duration.ofMinutes(4));
        sendBurst();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> received() >= 300);

        // when: every process is killed at once, as by a power cut
        long before = received();
        killEverything(stack);
        assertThat(before).as("killed mid-burst").isLessThan(THREADS);

        // then: started again on the same data, every case, reply and assignment counts once
        stack = launch(data);
        awaitHealthy(Duration.ofMinutes(4));
        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(casesInIntake()).isEqualTo(THREADS);
            JsonNode dipu = dipuRow();
            assertThat(dipu.get("received").asInt()).isEqualTo(THREADS);
            assertThat(dipu.get("acknowledged").asInt()).isEqualTo(THREADS);
            assertThat(dipu.get("acknowledgedOnTime").asInt()).isEqualTo(THREADS);
        });
        assertThat(get("routing", "/api/units/dipu/cases").size()).isEqualTo(THREADS);

        // and: reporting's read model equals a clean replay of the topics
        JsonNode live = dipuRow();
        post("reporting", "/api/admin/rebuild");
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2)).until(() ->
                "done".equals(get("reporting", "/api/admin/rebuild").path("state").asText()));
        assertThat(dipuRow()).isEqualTo(live);
    }

    private Process launch(Path data) throws IOException {
        Path root = ProjectFiles.root();
        Path jar = root.resolve("local-runner/target/local-runner-0.1.0-SNAPSHOT.jar");
        assertThat(jar).as("the launcher's jar (built by the reactor before this module)").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-jar", jar.toString(), "--data-dir", data.toString()));
        ports.forEach((name, port) -> command.addAll(List.of("--" + name + "-port", port.toString())));
        Path log = data.resolve("launcher-" + System.nanoTime() + ".log");
        return new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    private void awaitHealthy(Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            for (String service : List.of("intake", "routing", "sla", "reporting")) {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(url(service, "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() != 200) {
                    return false;
                }
            }
            return true;
        });
    }

    private void sendBurst() {
        Instant now = Instant.now();
        try (KafkaProducer<String, String> scraper = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + ports.get("kafka"),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (int i = 0; i < THREADS; i++) {
                String thread = "crash-" + i;
                Instant posted = now.minus(Duration.ofMinutes(60));
                Instant replied = now.minus(Duration.ofMinutes(30));
                scraper.send(new ProducerRecord<>(Topics.SCRAPER_POSTS, "anji-bbs:" + thread, """
                        {"source":"anji-bbs","postId":"%s-p0","threadId":"%s","board":"递铺论坛","author":"网友%d",\
                        "title":"小区垃圾清运不及时","body":"希望尽快处理。","postedAt":"%s","scrapedAt":"%s"}"""
                        .formatted(thread, thread, i, local(posted), local(posted.plusSeconds(60)))));
                scraper.send(new ProducerRecord<>(Topics.SCRAPER_POSTS, "anji-bbs:" + thread, """
                        {"source":"anji-bbs","postId":"%s-p1","threadId":"%s","replyTo":"%s-p0",\
                        "author":"递铺街道网络发言人","body":"已收到，正在处理。","postedAt":"%s","scrapedAt":"%s"}"""
                        .formatted(thread, thread, thread, local(replied), local(replied.plusSeconds(60)))));
            }
            scraper.flush();
        }
    }

    private static void killEverything(Process launcher) throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(launcher.toHandle().descendants().toList());
        all.add(0, launcher.toHandle());
        all.forEach(ProcessHandle::destroyForcibly); // SIGKILL, nothing gets to clean up
        for (ProcessHandle process : all) {
            process.onExit().join();
        }
    }

    private long received() {
        try {
            return dipuRow().get("received").asLong();
        } catch (Exception e) {
            return 0;
        }
    }

    private long casesInIntake() throws Exception {
        return get("intake", "/api/cases?size=1").get("total").asLong();
    }

    private JsonNode dipuRow() throws Exception {
        JsonNode assessment = get("reporting", "/api/assessment?period=" + OffsetDateTime.now(ANJI).getYear());
        for (JsonNode unit : assessment.get("units")) {
            if ("dipu".equals(unit.get("unitId").asText())) {
                return unit;
            }
        }
        throw new AssertionError("no row for dipu");
    }

    private JsonNode get(String service, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url(service, path))
                .header("Authorization", OFFICE).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s %s", service, path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private void post(String service, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url(service, path))
                .header("Authorization", OFFICE).header("X-Huiying-Client", "crash-test")
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("POST %s %s", service, path).isBetween(200, 299);
    }

    private URI url(String service, String path) {
        return URI.create("http://127.0.0.1:" + ports.get(service) + path);
    }

    private static String local(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ANJI).toString();
    }

    private static Map<String, Integer> freePorts(String... names) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (String name : names) {
                ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                ports.put(name, socket.getLocalPort());
            }
            for (ServerSocket socket : held) {
                socket.close();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return ports;
    }
}
