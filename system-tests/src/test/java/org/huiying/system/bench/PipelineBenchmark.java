package org.huiying.system.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.huiying.contracts.Topics;
import org.huiying.contracts.intake.Channel;
import org.huiying.intake.cases.ReceivePostCommand;
import org.huiying.support.eventstore.CommandMetaData;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * How the four services behave with a given number of events stored: fills the stores through the scraper topic,
 * then offers a steady load and prints command latency, relay lag and end-to-end latency. A benchmark, not a test: it
 * asserts nothing about timing. Runs only in the {@code bench} profile, see docs/benchmarks.md:
 * <pre>./mvnw -B -o -Pbench -pl system-tests verify -Dbench.events=100000 -Dbench.backend=h2</pre>
 */
class PipelineBenchmark {

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(10);
    private static final long E2E_POLL_MS = 20;
    private static final int E2E_SAMPLE_EVERY = 10;
    private static final long MAX_FILL_WINDOW = 2_000;

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private final ScrapedPosts posts = new ScrapedPosts(runId);

    @Test
    void run() throws Exception {
        benchmark();
    }

    public static void main(String[] args) throws Exception {
        new PipelineBenchmark().benchmark();
    }

    void benchmark() throws Exception {
        Report report = new Report(settings);
        say("settings: events=%d backend=%s rate=%s commands/s (+ as many posts/s unless bench.postRate) for %d s, "
                        + "h2CacheMb=%d", settings.events(), settings.backend(), settings.rates(), settings.seconds(),
                settings.h2CacheMb());
        say("machine: %d CPUs, %s %s, JDK %s, heap max %d MB", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                SystemGauges.heapMaxMb());
        report.code = codeVersion();
        say("code: %s", report.code);
        long startup = System.nanoTime();
        try (BenchMongo mongo = BenchMongo.start(settings);
             BenchSystem system = new BenchSystem(mongo);
             SystemGauges gauges = new SystemGauges(system, mongo.uri());
             KafkaProducer<String, String> scraper = producer(system.brokers())) {
            awaitUnitsKnown(gauges);
            say("system started in %.1f s (broker, Mongo-protocol server on %s, four services)",
                    seconds(System.nanoTime() - startup), mongo.uri());

            Map<String, long[]> opsBefore = mongo.stats().snapshot();
            report.fill = fill(gauges, scraper, mongo);
            MongoOpStats.print("Mongo commands during the fill", opsBefore, mongo.stats().snapshot(),
                    report.fill.posts, "post", report.fill.settledSeconds, 25);

            long countStart = System.nanoTime();
            report.storedBefore = gauges.countedEvents();
            report.countMs = (System.nanoTime() - countStart) / 1e6;
            say("events stored (countDocuments, %.0f ms): %d (%s)", report.countMs,
                    SystemGauges.sum(report.storedBefore), SystemGauges.brief(report.storedBefore));

            if (report.fill.completed && BenchSettings.rebuild()) {
                report.rebuild = RebuildRate.measure(system);
                say("rebuild: a plain consumer read %d records of the case topics in %.1f s (%.0f/s); reporting's "
                                + "rebuild replayed %d events in %.1f s (%.0f/s), %s", report.rebuild.plainRecords(),
                        report.rebuild.plainSeconds(), report.rebuild.plainPerSecond(),
                        report.rebuild.replayedEvents(), report.rebuild.rebuildSeconds(),
                        report.rebuild.rebuildPerSecond(), report.rebuild.state());
            }
            if (report.fill.completed) {
                for (int i = 0; i < settings.rates().size(); i++) {
                    int rate = settings.rates().get(i);
                    if (i > 0) {
                        settle(gauges, System.nanoTime(), "measurement at " + settings.rates().get(i - 1) + "/s");
                    }
                    Phase phase = new Phase(i + 1, rate, settings.postRateAt(rate));
                    phase.storedBefore = SystemGauges.sum(gauges.estimatedEvents());
                    opsBefore = mongo.stats().snapshot();
                    long measureStart = System.nanoTime();
                    measure(system, gauges, scraper, phase);
                    MongoOpStats.print("Mongo commands during measurement " + phase.number + " (and its drain)",
                            opsBefore, mongo.stats().snapshot(), phase.offeredCommands + phase.offeredPosts,
                            "new case", seconds(System.nanoTime() - measureStart), 25);
                    report.phases.add(phase);
                }
            } else {
                say("the fill did not complete within %s: no measurement", settings.fillTimeout());
            }
            report.storedAfter = gauges.estimatedEvents();
            report.rssMb = SystemGauges.rssMb();
            report.heapUsedMb = SystemGauges.heapUsedMb();
            System.gc();
            report.heapAfterGcMb = SystemGauges.heapUsedMb();
            report.h2FileBytes = mongo.fileSize();
            report.print();
        }
    }

    // ---------------------------------------------------------------- fill

    /**
     * Publishes scraped posts until about {@code bench.events} events are stored. How many events a post stores
     * depends on the services (4–8 so far), so the fill keeps a limited number of posts in flight (published,
     * not yet counted by reporting), estimates the events per post from what is stored, and stops publishing once
     * the projection reaches the target.
     */
    private FillResult fill(SystemGauges gauges, KafkaProducer<String, String> scraper, BenchMongo mongo)
            throws InterruptedException {
        long target = settings.events();
        CpuMeter cpu = new CpuMeter();
        CpuMeter wholeFill = new CpuMeter();
        say("fill: publishing scraped posts to %s until about %d events are stored (first estimate: %d posts)",
                Topics.SCRAPER_POSTS, target, settings.posts());
        FillResult result = new FillResult();
        long start = System.nanoTime();
        long deadline = start + settings.fillTimeout().toNanos();
        long nextProgress = start + PROGRESS_EVERY.toNanos();
        long lastCounted = 0;
        long lastProgressAt = start;
        long published = 0;
        long counted = 0;
        long stored = 0;
        RelayRate relayed = new RelayRate(gauges);
        long window = Math.max(200, Math.min(MAX_FILL_WINDOW, target / 20));
        while (System.nanoTime() < deadline) {
            long inFlight = published - counted;
            // posts in flight have stored about half their events
            double perPost = counted >= 200 ? Math.max(1.0, stored / (counted + inFlight / 2.0))
                    : BenchSettings.EVENTS_PER_POST;
            long wanted = (long) Math.ceil((target - stored) / perPost) - inFlight;
            if (wanted <= 0 && inFlight == 0) {
                break;
            }
            long batch = Math.min(Math.max(wanted, 0), window - inFlight);
            for (long i = 0; i < batch; i++, published++) {
                String threadId = posts.threadId("fill", published);
                scraper.send(new ProducerRecord<>(Topics.SCRAPER_POSTS, ScrapedPosts.caseId(threadId),
                        posts.json(threadId, ScrapedPosts.anyUnit(published))));
            }
            if (batch > 0) {
                scraper.flush();
            }
            Thread.sleep(1000);
            counted = gauges.receivedInReporting();
            Map<String, Long> events = gauges.estimatedEvents();
            stored = SystemGauges.sum(events);
            long now = System.nanoTime();
            if (now >= nextProgress) {
                say("fill %5.0f s: published %d, reporting counted %d (%.1f posts/s last %ds) | events %d (%s) | %s "
                                + "| lag %s | %s | rss %d MB heap %d MB%s", seconds(now - start), published, counted,
                        (counted - lastCounted) / seconds(now - lastProgressAt), PROGRESS_EVERY.toSeconds(), stored,
                        SystemGauges.brief(events), relayed.sinceLast(), SystemGauges.brief(gauges.consumerLag()),
                        cpu.sinceLast(), SystemGauges.rssMb(), SystemGauges.heapUsedMb(),
                        mongo.fileSize() < 0 ? "" : " | h2 file " + mongo.fileSize() / (1024 * 1024) + " MB");
                lastCounted = counted;
                lastProgressAt = now;
                nextProgress += PROGRESS_EVERY.toNanos();
            }
        }
        result.posts = published;
        result.countedInReporting = counted;
        result.seconds = seconds(System.nanoTime() - start);
        result.completed = counted >= published && published > 0;
        say("fill: reporting counted %d of %d posts after %.1f s (%.1f posts/s); %d events stored", counted,
                published, result.seconds, counted / result.seconds, stored);
        result.settledSeconds = result.completed ? settle(gauges, start, "the fill") : result.seconds;
        result.cpu = wholeFill.sinceLast();
        return result;
    }

    /**
     * Waits until no consumer group has anything left to read and no relay has anything left to publish, so that a
     * measurement starts on an idle system; returns the seconds since {@code start}.
     */
    private double settle(SystemGauges gauges, long start, String after) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        int idleChecks = 0;
        Map<String, Long> lag = Map.of();
        Map<String, Long> relays = Map.of();
        while (System.nanoTime() < deadline && idleChecks < 2) {
            lag = gauges.consumerLag();
            relays = gauges.relayBacklog();
            boolean idle = lag.values().stream().allMatch(l -> l == 0)
                    && relays.values().stream().allMatch(l -> l == 0);
            idleChecks = idle ? idleChecks + 1 : 0;
            if (idleChecks < 2) {
                Thread.sleep(1000);
            }
        }
        double settled = seconds(System.nanoTime() - start);
        say("after %s: all consumers and relays idle after %.1f s (lag %s; relay backlog %s)", after, settled,
                SystemGauges.brief(lag), SystemGauges.brief(relays));
        return settled;
    }

    // ---------------------------------------------------------------- measurement

    private void measure(BenchSystem system, SystemGauges gauges, KafkaProducer<String, String> scraper,
                         Phase report) throws InterruptedException {
        int commandCount = report.rate * settings.seconds();
        int postCount = report.postRate * settings.seconds();
        long baseline = gauges.receivedBy(ScrapedPosts.DIPU);
        String stream = "p" + report.number + "-";
        say("measure %d: %d commands/s directly to intake and %d posts/s to %s for %d s (every %dth post sampled end "
                        + "to end; %s received %d before)", report.number, report.rate, report.postRate,
                Topics.SCRAPER_POSTS, settings.seconds(), E2E_SAMPLE_EVERY, ScrapedPosts.DIPU, baseline);

        Map<String, Long> returnedAt = new ConcurrentHashMap<>();
        Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
        List<Long> sampledAt = new CopyOnWriteArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicLong e2eSeen = new AtomicLong();
        int expectedSamples = (postCount + E2E_SAMPLE_EVERY - 1) / E2E_SAMPLE_EVERY;

        RelayWatcher relay = new RelayWatcher(system.brokers(),
                ScrapedPosts.caseId(stream + "cmd-" + runId + "-"), arrivedAt);
        relay.start();
        Thread e2ePoller = new Thread(() -> pollReporting(gauges, baseline, sampledAt, expectedSamples, e2eSeen,
                report.endToEnd), "bench-e2e-poller");
        e2ePoller.setDaemon(true);
        e2ePoller.start();

        CommandGateway gateway = system.context("intake-service").getBean(CommandGateway.class);
        CpuMeter cpu = new CpuMeter();
        CpuMeter wholeMeasurement = new CpuMeter();
        RelayRate relayed = new RelayRate(gauges);
        long start = System.nanoTime() + 200_000_000L;
        Thread commands = new Thread(() -> {
            long period = 1_000_000_000L / Math.max(1, report.rate);
            for (int i = 0; i < commandCount; i++) {
                long intended = start + i * period;
                parkUntil(intended);
                String threadId = posts.threadId(stream + "cmd", i);
                String caseId = ScrapedPosts.caseId(threadId);
                ScrapedPosts.Template text = ScrapedPosts.notDipu(i);
                Instant now = Instant.now();
                ReceivePostCommand command = new ReceivePostCommand(caseId, ScrapedPosts.SOURCE, "p-" + threadId,
                        threadId, "https://bbs.example.cn/thread-" + threadId, text.board(), "竹乡老李",
                        text.title(), text.body(), now.minusSeconds(60), now, Channel.FORUM, now);
                long t0 = System.nanoTime();
                try {
                    gateway.sendAndWait(command, CommandMetaData.causedBy(ScrapedPosts.SOURCE + ":p-" + threadId,
                            caseId));
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                    continue;
                }
                long t1 = System.nanoTime();
                returnedAt.put(caseId, t1);
                report.commands.record(t1 - t0);
                report.commandsFromSchedule.record(t1 - intended);
            }
            report.commandSeconds = seconds(System.nanoTime() - start);
        }, "bench-commands");
        Thread scraperPosts = new Thread(() -> {
            long period = 1_000_000_000L / Math.max(1, report.postRate);
            for (int i = 0; i < postCount; i++) {
                parkUntil(start + i * period);
                String threadId = posts.threadId(stream + "live", i);
                boolean sampled = i % E2E_SAMPLE_EVERY == 0;
                ScrapedPosts.Template text = sampled ? ScrapedPosts.dipu() : ScrapedPosts.notDipu(i);
                String json = posts.json(threadId, text);
                if (sampled) {
                    sampledAt.add(System.nanoTime());
                }
                scraper.send(new ProducerRecord<>(Topics.SCRAPER_POSTS, ScrapedPosts.caseId(threadId), json));
            }
            scraper.flush();
        }, "bench-scraper");
        commands.start();
        scraperPosts.start();

        long nextProgress = start + PROGRESS_EVERY.toNanos();
        while (commands.isAlive() || scraperPosts.isAlive()) {
            commands.join(200);
            if (System.nanoTime() >= nextProgress) {
                nextProgress += PROGRESS_EVERY.toNanos();
                Map<String, Long> lag = gauges.consumerLag();
                Map<String, Long> relayBacklog = gauges.relayBacklog();
                report.maxBacklog = Math.max(report.maxBacklog, backlog(lag));
                report.maxRelayBacklog = Math.max(report.maxRelayBacklog, backlog(relayBacklog));
                say("measure %d %3.0f s: %d commands (%d failed), %d seen on %s, e2e samples %d/%d | %s | relay "
                                + "backlog %s | lag %s | %s", report.number, seconds(System.nanoTime() - start),
                        report.commands.count(), failures.get(), arrivedAt.size(), Topics.INTAKE_CASES,
                        e2eSeen.get(), sampledAt.size(), relayed.sinceLast(), SystemGauges.brief(relayBacklog),
                        SystemGauges.brief(lag), cpu.sinceLast());
            }
        }
        report.lagAtEnd = gauges.consumerLag();
        report.maxBacklog = Math.max(report.maxBacklog, backlog(report.lagAtEnd));
        report.maxRelayBacklog = Math.max(report.maxRelayBacklog, backlog(gauges.relayBacklog()));
        report.measureCpu = wholeMeasurement.sinceLast();

        long drainUntil = System.nanoTime() + settings.drain().toNanos();
        while (System.nanoTime() < drainUntil
                && (e2eSeen.get() < expectedSamples || arrivedAt.size() < returnedAt.size())) {
            Thread.sleep(100);
        }
        relay.stop();
        e2ePoller.interrupt();
        e2ePoller.join(5_000);

        int early = 0;
        for (Map.Entry<String, Long> returned : returnedAt.entrySet()) {
            Long arrived = arrivedAt.get(returned.getKey());
            if (arrived != null) {
                long lag = arrived - returned.getValue();
                if (lag < 0) {
                    early++;
                }
                report.relayLag.record(Math.max(0, lag));
            }
        }
        report.offeredCommands = commandCount;
        report.offeredPosts = postCount;
        report.commandFailures = failures.get();
        report.relayEarly = early;
        report.relayMissing = returnedAt.size() - report.relayLag.count();
        report.e2eExpected = expectedSamples;
    }

    /** Records all consumer groups have yet to read. */
    private static long backlog(Map<String, Long> lag) {
        return lag.values().stream().mapToLong(Long::longValue).filter(l -> l > 0).sum();
    }

    /** Every 20 ms, reads dipu's {@code received}; the k-th sampled post is in once it reaches baseline + k. */
    private void pollReporting(SystemGauges gauges, long baseline, List<Long> sampledAt, int expected, AtomicLong seen,
                               Latencies endToEnd) {
        int next = 0;
        while (next < expected && !Thread.currentThread().isInterrupted()) {
            long received;
            try {
                received = gauges.receivedBy(ScrapedPosts.DIPU);
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                LockSupport.parkNanos(E2E_POLL_MS * 1_000_000L);
                continue;
            }
            long now = System.nanoTime();
            while (next < sampledAt.size() && next < received - baseline) {
                endToEnd.record(now - sampledAt.get(next));
                next++;
                seen.set(next);
            }
            LockSupport.parkNanos(E2E_POLL_MS * 1_000_000L);
        }
    }

    /** Notes when each direct command's post-received event shows up on intake.cases.v1. */
    private static final class RelayWatcher {

        private final KafkaConsumer<String, String> consumer;
        private final String keyPrefix;
        private final Map<String, Long> arrivedAt;
        private final Thread thread;
        private volatile boolean running = true;

        RelayWatcher(String brokers, String keyPrefix, Map<String, Long> arrivedAt) {
            this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
            this.keyPrefix = keyPrefix;
            this.arrivedAt = arrivedAt;
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(Topics.INTAKE_CASES, Duration.ofSeconds(10))
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // resolve the end offsets now, before the first command
            this.thread = new Thread(this::loop, "bench-relay-watcher");
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        private void loop() {
            try {
                while (running) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                        if (record.key() != null && record.key().startsWith(keyPrefix)
                                && record.value().contains("\"type\":\"post-received\"")) {
                            arrivedAt.putIfAbsent(record.key(), System.nanoTime());
                        }
                    }
                }
            } finally {
                consumer.close(Duration.ofSeconds(5));
            }
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(10_000);
        }
    }

    /** Events per second each service's relay published since the last reading. */
    private static final class RelayRate {

        private final SystemGauges gauges;
        private Map<String, Long> last;
        private long at = System.nanoTime();

        RelayRate(SystemGauges gauges) {
            this.gauges = gauges;
            this.last = gauges.relayPublished();
        }

        String sinceLast() {
            Map<String, Long> now = gauges.relayPublished();
            long nowAt = System.nanoTime();
            StringBuilder text = new StringBuilder("relayed/s");
            now.forEach((service, count) -> text.append(String.format(Locale.ROOT, " %s=%.0f",
                    service.replace("-service", ""), (count - last.getOrDefault(service, 0L)) / seconds(nowAt - at))));
            last = now;
            at = nowAt;
            return text.toString();
        }
    }

    // ---------------------------------------------------------------- helpers

    private void awaitUnitsKnown(SystemGauges gauges) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (gauges.unitsKnownToReporting() < ScrapedPosts.TEMPLATES.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("reporting did not learn the unit directory within 120 s");
            }
            Thread.sleep(200);
        }
    }

    /** {@code git describe --always --dirty} of the project, or "unknown". */
    private static String codeVersion() {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty").redirectErrorStream(true)
                    .start();
            String out = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .trim();
            return git.waitFor() == 0 && !out.isEmpty() ? "commit " + out : "unknown";
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static KafkaProducer<String, String> producer(String brokers) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    private static void parkUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench %s] %s%n", LocalTime.now().withNano(0),
                String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    // ---------------------------------------------------------------- results

    static final class FillResult {
        long posts;
        long countedInReporting;
        double seconds;
        double settledSeconds;
        boolean completed;
        String cpu = "";
    }

    /** One measurement at one rate. */
    static final class Phase {
        final int number;
        final int rate;
        final int postRate;
        long storedBefore;
        final Latencies commands = new Latencies();
        final Latencies commandsFromSchedule = new Latencies();
        final Latencies relayLag = new Latencies();
        final Latencies endToEnd = new Latencies();
        Map<String, Long> lagAtEnd = Map.of();
        long maxBacklog;
        long maxRelayBacklog;
        int offeredCommands;
        int offeredPosts;
        int commandFailures;
        double commandSeconds;
        int relayEarly;
        int relayMissing;
        int e2eExpected;
        String measureCpu = "";

        Phase(int number, int rate, int postRate) {
            this.number = number;
            this.rate = rate;
            this.postRate = postRate;
        }

        double achievedRate() {
            return commands.count() / Math.max(commandSeconds, 1e-9);
        }

        /**
         * Fell behind: commands slower than offered, consumers or relays more than 5 s of offered load behind, or
         * samples missing after the drain.
         */
        boolean saturated() {
            return achievedRate() < 0.95 * rate || maxBacklog > 5L * (rate + postRate)
                    || maxRelayBacklog > 5L * (rate + postRate) || endToEnd.count() < e2eExpected
                    || relayMissing > 0;
        }
    }

    static final class Report {
        final BenchSettings settings;
        FillResult fill;
        RebuildRate.Result rebuild;
        Map<String, Long> storedBefore = Map.of();
        Map<String, Long> storedAfter = Map.of();
        double countMs;
        final List<Phase> phases = new ArrayList<>();
        String code = "unknown";
        long rssMb;
        long heapUsedMb;
        long heapAfterGcMb;
        long h2FileBytes;

        Report(BenchSettings settings) {
            this.settings = settings;
        }

        void print() {
            long stored = SystemGauges.sum(storedBefore);
            String line = "-".repeat(100);
            System.out.println();
            System.out.println(line);
            System.out.println("Huiying pipeline benchmark");
            System.out.println(line);
            row("machine", "%d CPUs as the JVM sees them, %s, JDK %s, heap max %d MB",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                    System.getProperty("java.version"), SystemGauges.heapMaxMb());
            row("code", code);
            row("backend", settings.backend().equals("h2")
                    ? "h2 (MVStore file, page cache " + settings.h2CacheMb() + " MB)" : "memory");
            row("events stored", "%,d after the fill (%s; countDocuments took %.0f ms); %,d at the end", stored,
                    SystemGauges.brief(storedBefore), countMs, SystemGauges.sum(storedAfter));
            row("fill", "%,d posts (%.2f events each); reporting counted %,d after %.1f s = %.1f posts/s "
                            + "(%.0f events/s); all idle after %.1f s; %s", fill.posts,
                    stored / (double) Math.max(1, fill.posts), fill.countedInReporting, fill.seconds,
                    fill.countedInReporting / fill.seconds, stored / fill.seconds, fill.settledSeconds, fill.cpu);
            if (rebuild != null) {
                row("rebuild", "plain consumer %,d records of the case topics in %.1f s = %,.0f/s; reporting's rebuild "
                                + "%,d events in %.1f s = %,.0f/s (%s)", rebuild.plainRecords(), rebuild.plainSeconds(),
                        rebuild.plainPerSecond(), rebuild.replayedEvents(), rebuild.rebuildSeconds(),
                        rebuild.rebuildPerSecond(), rebuild.state());
            }
            for (Phase p : phases) {
                System.out.println();
                row("measurement " + p.number, "%d commands/s to intake + %d posts/s to %s for %d s, from %,d events "
                                + "stored; commands took %.1f s (%.1f/s); %s", p.rate, p.postRate,
                        Topics.SCRAPER_POSTS, settings.seconds(), p.storedBefore, p.commandSeconds, p.achievedRate(),
                        p.measureCpu);
                if (p.saturated()) {
                    row("  SATURATED", "the system did not keep up (up to %,d records waiting for consumers and %,d "
                                    + "aggregates for relays; consumer lag at the end: %s); the latencies include "
                                    + "queueing", p.maxBacklog, p.maxRelayBacklog, SystemGauges.brief(p.lagAtEnd));
                }
                row("  backlog", "up to %,d records waiting for consumers, up to %,d aggregates waiting for relays",
                        p.maxBacklog, p.maxRelayBacklog);
                Latencies.Summary c = p.commands.summary();
                row("  command", "n=%d  p50 %s  p95 %s  p99 %s  max %s  (failed %d)", c.count(),
                        ms(c.percentileMs(50)), ms(c.percentileMs(95)), ms(c.percentileMs(99)), ms(c.maxMs()),
                        p.commandFailures);
                Latencies.Summary s = p.commandsFromSchedule.summary();
                row("  from schedule", "p50 %s  p99 %s  max %s  (from when the command was due: includes waiting "
                        + "behind slow ones)", ms(s.percentileMs(50)), ms(s.percentileMs(99)), ms(s.maxMs()));
                Latencies.Summary r = p.relayLag.summary();
                row("  relay lag", "n=%d  p50 %s  p99 %s  max %s  (%d on the topic before the command returned, "
                                + "%d not seen within the drain)", r.count(), ms(r.percentileMs(50)),
                        ms(r.percentileMs(99)), ms(r.maxMs()), p.relayEarly, p.relayMissing);
                Latencies.Summary e = p.endToEnd.summary();
                row("  end to end", "n=%d of %d  p50 %s  p99 %s  max %s", e.count(), p.e2eExpected,
                        ms(e.percentileMs(50)), ms(e.percentileMs(99)), ms(e.maxMs()));
            }
            System.out.println();
            row("memory", "RSS %,d MB, heap used %,d MB (%,d MB after a full GC)%s", rssMb, heapUsedMb,
                    heapAfterGcMb, h2FileBytes < 0 ? "" : ", H2 file " + h2FileBytes / (1024 * 1024) + " MB");
            System.out.println(line);
            System.out.println("| events stored | backend | fill posts/s | load cmd/s + posts/s | command p50 / p95 / "
                    + "p99 / max | relay lag p50 / p99 / max | end to end p50 / p99 / max | RSS | heap used |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            for (Phase p : phases) {
                Latencies.Summary c = p.commands.summary();
                Latencies.Summary r = p.relayLag.summary();
                Latencies.Summary e = p.endToEnd.summary();
                System.out.printf(Locale.ROOT, "| %,d | %s | %.1f | %d + %d%s | %s / %s / %s / %s | %s / %s / %s | "
                                + "%s / %s / %s | %,d MB | %,d MB |%n", p.storedBefore, settings.backend(),
                        fill.countedInReporting / fill.seconds, p.rate, p.postRate,
                        p.saturated() ? " (saturated)" : "",
                        ms(c.percentileMs(50)), ms(c.percentileMs(95)), ms(c.percentileMs(99)), ms(c.maxMs()),
                        ms(r.percentileMs(50)), ms(r.percentileMs(99)), ms(r.maxMs()), ms(e.percentileMs(50)),
                        ms(e.percentileMs(99)), ms(e.maxMs()), rssMb, heapUsedMb);
            }
            System.out.println(line);
            System.out.flush();
        }

        private static void row(String name, String format, Object... args) {
            System.out.printf(Locale.ROOT, "%-17s %s%n", name, String.format(Locale.ROOT, format, args));
        }

        private static String ms(double value) {
            if (Double.isNaN(value)) {
                return "–";
            }
            return value >= 1000 ? String.format(Locale.ROOT, "%.2f s", value / 1000)
                    : value >= 10 ? String.format(Locale.ROOT, "%.0f ms", value)
                    : String.format(Locale.ROOT, "%.1f ms", value);
        }
    }
}
