package org.huiying.launcher;

import org.huiying.demo.ForumSimulator;
import org.huiying.demo.PostGenerator;
import org.huiying.demo.PostTemplates;
import org.huiying.demo.ScraperTopic;
import org.huiying.demo.UnitDirectory;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Everything {@code huiying run} starts, in order: the Mongo-protocol server, the Kafka broker, the services
 * (then waits until each reports UP), and the forum simulator with {@code --demo}. {@link #stop()} takes them
 * down in reverse order and may be called at any time, also while {@link #start()} is still running.
 */
public final class LocalStack {

    static final Duration KAFKA_START_TIMEOUT = Duration.ofSeconds(90);
    static final Duration STOP_GRACE = Duration.ofSeconds(30);
    static final Duration TOPIC_WAIT = Duration.ofSeconds(30);
    static final Duration MIN_REPLY_DELAY = Duration.ofSeconds(5);
    static final Duration MAX_REPLY_DELAY = Duration.ofSeconds(60);

    private final LauncherOptions options;
    private final DataDirectory data;
    private final RuntimeLayout layout;
    private final Map<String, String> env;
    private final PrintStream out;
    private final ChildJvm jvm;
    private final Duration topicWait;

    private final CountDownLatch startFinished = new CountDownLatch(1);
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private volatile Thread startThread;
    private volatile boolean stopping;
    private volatile boolean stopped;
    private volatile MongoProtocolServer mongo;
    private volatile KafkaBrokerProcess kafka;
    private volatile ForumSimulator simulator;

    public LocalStack(LauncherOptions options, DataDirectory data, RuntimeLayout layout, Map<String, String> env,
                      PrintStream out) {
        this(options, data, layout, env, out, TOPIC_WAIT);
    }

    /** @param topicWait how long the demo waits for a service to create the scraper topic */
    LocalStack(LauncherOptions options, DataDirectory data, RuntimeLayout layout, Map<String, String> env,
               PrintStream out, Duration topicWait) {
        this.topicWait = topicWait;
        this.options = options;
        this.data = data;
        this.layout = layout;
        this.env = env;
        this.out = out;
        this.jvm = new ChildJvm(layout.javaExecutable(), layout.projectRoot(), data.tmp());
    }

    /** Starts everything and prints the banner; throws {@link StartupException} if a part does not come up. */
    public void start() {
        startThread = Thread.currentThread();
        try {
            Instant begin = Instant.now();
            data.create();
            out.println("Starting Huiying 回应 (data in " + data.root() + ", logs in " + data.logs() + ")");
            checkPorts();
            startMongo();
            startKafka();
            if (options.startServices()) {
                startServices();
            }
            if (options.demo()) {
                startDemo();
            }
            out.print(Banner.render(options, data, services, Duration.between(begin, Instant.now())));
            out.flush();
            watchForCrashes();
        } finally {
            startFinished.countDown();
        }
    }

    /** Stops the simulator, the services (SIGTERM, 30 s grace), Kafka (likewise), then closes the Mongo store. */
    public void stop() {
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
        }
        Thread starter = startThread;
        if (starter != null && starter != Thread.currentThread() && startFinished.getCount() > 0) {
            starter.interrupt();
            try {
                startFinished.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        out.println();
        out.println("Stopping Huiying ...");
        if (simulator != null) {
            simulator.close();
            out.printf("  forum simulator stopped (%d posts, %d replies)%n", simulator.postsSent(),
                    simulator.repliesSent());
        }
        List<ServiceProcess> running = new ArrayList<>(services);
        running.forEach(ServiceProcess::requestStop);
        for (ServiceProcess service : running) {
            boolean clean = service.awaitStop(STOP_GRACE);
            out.printf("  %-18s %s%n", service.name(), clean ? "stopped" : "killed after " + STOP_GRACE.toSeconds()
                    + " s");
        }
        if (kafka != null) {
            boolean clean = kafka.stop(STOP_GRACE);
            out.printf("  %-18s %s%n", "Kafka", clean ? "stopped" : "killed after " + STOP_GRACE.toSeconds() + " s");
        }
        if (mongo != null) {
            mongo.close();
            out.printf("  %-18s %s%n", "Mongo server", "closed (" + mongo.file() + " flushed)");
        }
        stopped = true;
        out.println("Huiying stopped.");
        out.flush();
    }

    public boolean isStopping() {
        return stopping;
    }

    public boolean isStopped() {
        return stopped;
    }

    private void checkPorts() {
        Ports.requireFree(options.kafkaPort(), "Kafka", "--kafka-port");
        Ports.requireFree(options.controllerPort(), "Kafka controller", "--controller-port");
        Ports.requireFree(options.mongoPort(), "MongoDB", "--mongo-port");
        if (options.startServices()) {
            for (ServiceModule service : ServiceModule.values()) {
                Ports.requireFree(options.servicePort(service), service.moduleName(), service.portOption());
            }
        }
    }

    private void startMongo() {
        abortIfStopping();
        int cacheMb = mongoCacheMb();
        // every acknowledged write is in the file (survives kill -9); HUIYING_MONGO_FSYNC=true forces it to the disk too
        boolean fsync = Boolean.parseBoolean(env.getOrDefault("HUIYING_MONGO_FSYNC", "false"));
        MongoProtocolServer server = new MongoProtocolServer(data.mongoFile(), options.mongoPort(), cacheMb, fsync);
        server.start();
        mongo = server;
        out.printf("  %-18s %s (%s, cache %d MB)%n", "Mongo server", options.mongoUri(), data.mongoFile(),
                cacheMb);
        abortIfStopping();
    }

    /** The requested MVStore cache, but at most half of this JVM's heap (the cache lives on the heap). */
    int mongoCacheMb() {
        long halfHeapMb = Runtime.getRuntime().maxMemory() / (2 * 1024 * 1024);
        return (int) Math.max(16, Math.min(options.mongoCacheMb(), halfHeapMb));
    }

    private void startKafka() {
        abortIfStopping();
        Instant begin = Instant.now();
        KafkaBrokerProcess broker = new KafkaBrokerProcess(jvm, layout.libClassPath(), data.kafka(), data.logs(),
                options.kafkaPort(), options.controllerPort());
        kafka = broker;
        boolean firstStart = !broker.isFormatted();
        broker.start(KAFKA_START_TIMEOUT);
        out.printf("  %-18s %s ready in %.1f s%s%n", "Kafka (KRaft)", broker.bootstrapServers(),
                Duration.between(begin, Instant.now()).toMillis() / 1000.0,
                firstStart ? " (storage formatted)" : "");
        abortIfStopping();
    }

    private void startServices() {
        for (ServiceModule module : ServiceModule.values()) {
            abortIfStopping();
            int port = options.servicePort(module);
            ServiceProcess service = new ServiceProcess(module, port,
                    ServiceProcess.executableJar(layout.projectRoot(), module), data.log(module.moduleName()),
                    ServiceProcess.environment(port, options.kafkaBootstrap(), options.mongoUri(), data.root()));
            services.add(service);
            service.start(jvm);
            out.printf("  %-18s starting on port %d (log: %s)%n", module.moduleName(), port,
                    data.log(module.moduleName()));
        }
        new HealthWaiter(out, this::isStopping).awaitUp(List.copyOf(services), options.healthTimeout());
    }

    private void startDemo() {
        abortIfStopping();
        Path directoryFile = UnitDirectory.locate(layout.projectRoot(), env);
        if (!Files.isRegularFile(directoryFile)) {
            throw new StartupException("the demo needs the unit directory " + directoryFile
                    + " (set HUIYING_DIRECTORY to a directory file)");
        }
        if (ScraperTopic.awaitOrCreate(options.kafkaBootstrap(), options.startServices() ? topicWait
                : Duration.ZERO)) {
            out.println("  demo: created topic " + ForumSimulator.TOPIC + " (no service had created it)");
        }
        PostGenerator generator = new PostGenerator(PostTemplates.load(), UnitDirectory.load(directoryFile),
                options.demoSeed(), Clock.systemDefaultZone(), MIN_REPLY_DELAY, MAX_REPLY_DELAY);
        ForumSimulator demo = new ForumSimulator(ForumSimulator.kafkaProducer(options.kafkaBootstrap()), generator,
                options.demoRate(), out::println);
        simulator = demo;
        demo.start();
    }

    private void watchForCrashes() {
        for (ServiceProcess service : services) {
            service.process().ifPresent(p -> p.onExit().thenRun(() -> {
                if (!stopping) {
                    out.println("WARNING: " + service.name() + " exited (code " + p.exitValue() + ")\n"
                            + LogTail.format(service.logFile(), 20));
                }
            }));
        }
        Process broker = kafka.process();
        broker.onExit().thenRun(() -> {
            if (!stopping) {
                out.println("WARNING: the Kafka broker exited (code " + broker.exitValue() + ")\n"
                        + LogTail.format(kafka.logFile(), 20));
            }
        });
    }

    private void abortIfStopping() {
        if (stopping || Thread.currentThread().isInterrupted()) {
            throw new StartupException("start-up cancelled");
        }
    }
}
