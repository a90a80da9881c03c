package org.huiying.launcher;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.huiying.demo.UnitDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The whole start/stop sequence of {@code huiying run --demo} with the real broker and Mongo server, and small
 * stand-in jars for the four services.
 */
class LocalStackIT {

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(new Tee(console, System.out), true, StandardCharsets.UTF_8);
    private LocalStack stack;

    @AfterEach
    void stop() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void startsEverythingPublishesDemoPostsAndStopsInOrder() throws Exception {
        Path root = Path.of("target", "it-stack-" + UUID.randomUUID()).toAbsolutePath();
        for (ServiceModule module : ServiceModule.values()) {
            fakeServiceJar(ServiceProcess.executableJar(root, module));
        }
        LauncherOptions options = options(root, "--demo", "--rate", "600");
        DataDirectory data = new DataDirectory(options.dataDir());
        stack = new LocalStack(options, data, layout(root), directoryEnv(), out, Duration.ZERO);

        stack.start();

        String text = console.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Huiying 回应 is running", "kcat -P -b " + options.kafkaBootstrap(),
                options.mongoUri(), "scraper.posts.v1");
        for (ServiceModule module : ServiceModule.values()) {
            String base = "http://127.0.0.1:" + options.servicePort(module);
            assertThat(text).contains(base + "/swagger-ui.html", base + "/actuator/prometheus",
                    module.moduleName() + " ");
            assertThat(Files.readString(data.log(module.moduleName())))
                    .contains("KAFKA_BOOTSTRAP_SERVERS=" + options.kafkaBootstrap())
                    .contains("MONGODB_URI=" + options.mongoUri())
                    .contains("HUIYING_DATA_DIR=" + data.root())
                    .contains("AXONIQ_UPDATE_CHECKER_DISABLED=true")
                    .contains("axoniq.update-checker.disabled=true");
        }
        assertThat(readPosts(options.kafkaBootstrap(), 3)).allSatisfy(record ->
                assertThat(record.key()).matches("(anji-bbs|huzhou-msg):demo-thread-\\d+-\\d+"));
        assertThat(Files.isRegularFile(data.mongoFile())).isTrue();
        assertThat(data.log("kafka")).isNotEmptyFile();

        stack.stop();

        assertThat(stack.isStopped()).isTrue();
        String stopping = console.toString(StandardCharsets.UTF_8);
        stopping = stopping.substring(stopping.indexOf("Stopping Huiying"));
        assertThat(stopping.indexOf("forum simulator stopped")).isLessThan(stopping.indexOf("intake-service"));
        assertThat(stopping.indexOf("reporting-service")).isLessThan(stopping.indexOf("Kafka"));
        assertThat(stopping.indexOf("Kafka")).isLessThan(stopping.indexOf("Mongo server"));
        assertThat(stopping).doesNotContain("killed");
        for (ServiceModule module : ServiceModule.values()) {
            assertThat(Files.readString(data.log(module.moduleName()))).contains("stopped by signal");
        }
        assertThat(Ports.isListening(options.kafkaPort())).isFalse();
        assertThat(Ports.isListening(options.mongoPort())).isFalse();
    }

    @Test
    void aServiceThatExitsDuringStartUpFailsTheStartWithItsLog() throws Exception {
        Path root = Path.of("target", "it-stack-" + UUID.randomUUID()).toAbsolutePath();
        for (ServiceModule module : ServiceModule.values()) {
            fakeServiceJar(ServiceProcess.executableJar(root, module));
        }
        fakeServiceJar(ServiceProcess.executableJar(root, ServiceModule.SLA), FailingService.class);
        LauncherOptions options = options(root);
        stack = new LocalStack(options, new DataDirectory(options.dataDir()), layout(root), directoryEnv(), out,
                Duration.ZERO);

        assertThatThrownBy(stack::start)
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("sla-service exited during start-up")
                .hasMessageContaining("failing on purpose");
        stack.stop();
        assertThat(Ports.isListening(options.kafkaPort())).isFalse();
        assertThat(Ports.isListening(options.servicePort(ServiceModule.INTAKE))).isFalse();
    }

    /** Exits at once, like a service that cannot start. */
    public static final class FailingService {
        public static void main(String[] args) {
            System.out.println("failing on purpose");
            System.exit(3);
        }
    }

    private static LauncherOptions options(Path root, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--data-dir", root.resolve("data").toString(),
                "--kafka-port", Integer.toString(Ports.freePort()),
                "--controller-port", Integer.toString(Ports.freePort()),
                "--mongo-port", Integer.toString(Ports.freePort()),
                "--mongo-cache-mb", "64",
                "--health-timeout", "60"));
        for (ServiceModule module : ServiceModule.values()) {
            args.add(module.portOption());
            args.add(Integer.toString(Ports.freePort()));
        }
        args.addAll(List.of(extra));
        return LauncherOptions.parse(args, Map.of());
    }

    private static RuntimeLayout layout(Path root) {
        RuntimeLayout real = RuntimeLayout.detect();
        return new RuntimeLayout(root, real.libDirectory(), real.javaExecutable());
    }

    private static Map<String, String> directoryEnv() {
        return Map.of("HUIYING_DIRECTORY",
                Path.of("..").resolve(UnitDirectory.REPOSITORY_FILE).toAbsolutePath().normalize().toString());
    }

    private static void fakeServiceJar(Path jar) throws IOException {
        fakeServiceJar(jar, FakeService.class);
    }

    private static void fakeServiceJar(Path jar, Class<?> main) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
        String entry = main.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             var in = main.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(in.readAllBytes());
            out.closeEntry();
        }
    }

    private static List<ConsumerRecord<String, String>> readPosts(String bootstrap, int atLeast) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "local-stack-it",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("scraper.posts.v1"));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                return records.size() >= atLeast;
            });
        }
        return records;
    }

    /** Writes to the captured console and to the test output. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }
}
