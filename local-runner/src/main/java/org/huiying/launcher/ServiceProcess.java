package org.huiying.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One service (a Spring Boot fat jar) run as a child JVM, its output appended to {@code <logs>/<module>.log}. */
public final class ServiceProcess {

    public static final String VERSION = "0.1.0-SNAPSHOT";

    private final ServiceModule module;
    private final int port;
    private final Path jar;
    private final Path logFile;
    private final Map<String, String> environment;
    private volatile Process process;

    public ServiceProcess(ServiceModule module, int port, Path jar, Path logFile, Map<String, String> environment) {
        this.module = module;
        this.port = port;
        this.jar = jar;
        this.logFile = logFile;
        this.environment = Map.copyOf(environment);
    }

    /**
     * The executable jar of a module: {@code <root>/<module>/target/<module>-0.1.0-SNAPSHOT-exec.jar}, else any
     * {@code <module>-*-exec.jar} there.
     */
    public static Path executableJar(Path projectRoot, ServiceModule module) {
        Path target = projectRoot.resolve(module.moduleName()).resolve("target");
        Path expected = target.resolve(module.moduleName() + "-" + VERSION + "-exec.jar");
        if (Files.isRegularFile(expected) || !Files.isDirectory(target)) {
            return expected;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, module.moduleName() + "-*-exec.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expected;
    }

    /** The environment of a service: its port and the addresses of Kafka and Mongo. */
    public static Map<String, String> environment(int port, String kafkaBootstrap, String mongoUri, Path dataDir) {
        return Map.of(
                "SERVER_PORT", Integer.toString(port),
                "KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap,
                "MONGODB_URI", mongoUri,
                "AXONIQ_UPDATE_CHECKER_DISABLED", "true",
                "HUIYING_DATA_DIR", dataDir.toAbsolutePath().toString());
    }

    public void start(ChildJvm jvm) {
        if (!Files.isRegularFile(jar)) {
            throw new StartupException(module.moduleName() + " is not built: " + jar
                    + " is missing. Run ./huiying build (or start with --no-services).");
        }
        // Four services start at once on a small machine: the client compiler and the serial collector halve the
        // CPU each start-up needs and the memory each process holds, at a cost in peak throughput the embedded
        // default does not need.
        List<String> command = jvm.command(
                List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k",
                        "-Daxoniq.update-checker.disabled=true"),
                List.of("-jar", jar.toString()));
        process = jvm.start(command, environment, logFile);
    }

    public ServiceModule module() {
        return module;
    }

    public String name() {
        return module.moduleName();
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public String baseUrl() {
        return "http://" + Ports.HOST + ":" + port;
    }

    public boolean isRunning() {
        Process p = process;
        return p != null && p.isAlive();
    }

    /** The exit code, if the process has exited. */
    public Optional<Integer> exitCode() {
        Process p = process;
        return p == null || p.isAlive() ? Optional.empty() : Optional.of(p.exitValue());
    }

    public Optional<Process> process() {
        return Optional.ofNullable(process);
    }

    public void requestStop() {
        ProcessStopper.requestStop(process);
    }

    public boolean awaitStop(Duration grace) {
        return ProcessStopper.awaitStop(process, grace);
    }
}
