package org.huiying.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real Apache Kafka broker in KRaft mode (one combined broker and controller, node 1), run as a child JVM from
 * the jars of the launcher's lib directory. Its storage is formatted once; later starts reuse it, so topics,
 * records and consumer offsets survive restarts.
 *
 * <p>Layout under the Kafka directory: {@code server.properties} and {@code logback.xml} (rewritten at every
 * start), {@code cluster-id}, and {@code logs/} (the broker's log.dirs). Broker logs go to {@code kafka.log} in
 * the logs directory; the JVM's own console output (and the storage formatter's) to {@code kafka-console.log}.
 */
public final class KafkaBrokerProcess {

    public static final String MAIN_CLASS = "kafka.Kafka";
    public static final String STORAGE_TOOL = "kafka.tools.StorageTool";
    private static final Logger log = LoggerFactory.getLogger(KafkaBrokerProcess.class);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(90);

    private final ChildJvm jvm;
    private final String classPath;
    private final Path kafkaDir;
    private final Path logFile;
    private final Path consoleLogFile;
    private final int port;
    private final int controllerPort;
    private final String maxHeap;
    private volatile Process process;

    public KafkaBrokerProcess(ChildJvm jvm, String classPath, Path kafkaDir, Path logsDir, int port,
                              int controllerPort) {
        this(jvm, classPath, kafkaDir, logsDir, port, controllerPort, "512m");
    }

    public KafkaBrokerProcess(ChildJvm jvm, String classPath, Path kafkaDir, Path logsDir, int port,
                              int controllerPort, String maxHeap) {
        this.jvm = jvm;
        this.classPath = classPath;
        this.kafkaDir = kafkaDir.toAbsolutePath().normalize();
        this.logFile = logsDir.toAbsolutePath().resolve("kafka.log");
        this.consoleLogFile = logsDir.toAbsolutePath().resolve("kafka-console.log");
        this.port = port;
        this.controllerPort = controllerPort;
        this.maxHeap = maxHeap;
    }

    public String bootstrapServers() {
        return Ports.HOST + ":" + port;
    }

    public Path logFile() {
        return logFile;
    }

    public Path storageDir() {
        return kafkaDir.resolve("logs");
    }

    public Process process() {
        return process;
    }

    public boolean isRunning() {
        Process p = process;
        return p != null && p.isAlive();
    }

    /** Writes the configuration, formats the storage if it is new, starts the broker and waits until it serves. */
    public void start(Duration timeout) {
        if (isRunning()) {
            throw new IllegalStateException("the Kafka broker is already running");
        }
        Path properties = writeConfiguration();
        String clusterId = clusterId();
        if (!isFormatted()) {
            format(clusterId, properties);
        }
        process = jvm.start(jvm.command(jvmOptions(), List.of(MAIN_CLASS, properties.toString())), Map.of(),
                consoleLogFile);
        awaitReady(timeout);
    }

    /** SIGTERM (a controlled shutdown), then SIGKILL after {@code grace}. */
    public boolean stop(Duration grace) {
        return ProcessStopper.stop(process, grace);
    }

    /** True once the storage carries a {@code meta.properties} (the broker was formatted). */
    public boolean isFormatted() {
        return Files.isRegularFile(kafkaDir.resolve("meta.properties"))
                || Files.isRegularFile(storageDir().resolve("meta.properties"));
    }

    /** The broker configuration (also written to {@code server.properties}). */
    public Map<String, String> configuration() {
        Map<String, String> config = new TreeMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@" + Ports.HOST + ":" + controllerPort);
        config.put("listeners", "PLAINTEXT://" + Ports.HOST + ":" + port + ",CONTROLLER://" + Ports.HOST + ":"
                + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://" + Ports.HOST + ":" + port);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("log.dirs", storageDir().toString());
        config.put("auto.create.topics.enable", "false");
        config.put("num.partitions", "1");
        config.put("default.replication.factor", "1");
        config.put("min.insync.replicas", "1");
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "10");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("transaction.state.log.num.partitions", "10");
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("num.network.threads", "2");
        config.put("num.io.threads", "4");
        config.put("num.recovery.threads.per.data.dir", "2");
        return config;
    }

    private List<String> jvmOptions() {
        return List.of(
                "-Xmx" + maxHeap,
                "-XX:+UseG1GC",
                "-XX:MaxGCPauseMillis=20",
                "-Dlogback.configurationFile=" + kafkaDir.resolve("logback.xml"),
                "-Dhuiying.kafka.log=" + logFile,
                "-cp", classPath);
    }

    private Path writeConfiguration() {
        try {
            Files.createDirectories(storageDir());
            Files.createDirectories(logFile.getParent());
            Path properties = kafkaDir.resolve("server.properties");
            StringBuilder text = new StringBuilder("# Written by the Huiying launcher at every start; edits are lost.\n");
            configuration().forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
            Files.writeString(properties, text, StandardCharsets.UTF_8);
            try (InputStream logback = KafkaBrokerProcess.class.getResourceAsStream("/kafka/logback.xml")) {
                if (logback == null) {
                    throw new IllegalStateException("resource /kafka/logback.xml is missing");
                }
                Files.write(kafkaDir.resolve("logback.xml"), logback.readAllBytes());
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Kafka configuration under " + kafkaDir, e);
        }
    }

    /**
     * The cluster id: the one the storage was formatted with, else the one kept in {@code cluster-id}, else a new
     * one. It is kept in {@code cluster-id}.
     */
    String clusterId() {
        try {
            Path file = kafkaDir.resolve("cluster-id");
            String id = formattedClusterId();
            if (id == null && Files.isRegularFile(file)) {
                id = Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            if (id == null || id.isEmpty()) {
                id = Uuid.randomUuid().toString();
            }
            if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).trim().equals(id)) {
                Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
            }
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the Kafka cluster id under " + kafkaDir, e);
        }
    }

    private String formattedClusterId() throws IOException {
        for (Path meta : List.of(kafkaDir.resolve("meta.properties"), storageDir().resolve("meta.properties"))) {
            if (Files.isRegularFile(meta)) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                String id = properties.getProperty("cluster.id");
                if (id != null && !id.isBlank()) {
                    return id.trim();
                }
            }
        }
        return null;
    }

    private void format(String clusterId, Path properties) {
        log.info("formatting Kafka storage {} with cluster id {}", storageDir(), clusterId);
        Process formatter = jvm.start(jvm.command(jvmOptions(),
                List.of(STORAGE_TOOL, "format", "-t", clusterId, "-c", properties.toString())), Map.of(),
                consoleLogFile);
        try {
            if (!formatter.waitFor(FORMAT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                formatter.destroyForcibly();
                throw new StartupException("formatting the Kafka storage took longer than " + FORMAT_TIMEOUT
                        + "\n" + LogTail.format(consoleLogFile, 30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            formatter.destroyForcibly();
            throw new StartupException("interrupted while formatting the Kafka storage", e);
        }
        if (formatter.exitValue() != 0 || !isFormatted()) {
            throw new StartupException("formatting the Kafka storage failed (exit code " + formatter.exitValue()
                    + ")\n" + LogTail.format(consoleLogFile, 30));
        }
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Admin admin = null;
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new StartupException("the Kafka broker exited during start-up (exit code "
                            + process.exitValue() + ")\n" + LogTail.format(logFile, 40) + "\n"
                            + LogTail.format(consoleLogFile, 15));
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new StartupException("the Kafka broker did not become ready within " + timeout.toSeconds()
                            + " s\n" + LogTail.format(logFile, 40));
                }
                if (Ports.isListening(port)) {
                    if (admin == null) {
                        admin = Admin.create(Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                                AdminClientConfig.CLIENT_ID_CONFIG, "huiying-launcher-readiness",
                                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000));
                    }
                    if (describeCluster(admin)) {
                        return;
                    }
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("interrupted while waiting for the Kafka broker", e);
        } finally {
            if (admin != null) {
                admin.close(Duration.ofSeconds(2));
            }
        }
    }

    private static boolean describeCluster(Admin admin) throws InterruptedException {
        try {
            Collection<Node> nodes = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
            return !nodes.isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            log.debug("Kafka not ready yet: {}", e.toString());
            return false;
        }
    }
}
