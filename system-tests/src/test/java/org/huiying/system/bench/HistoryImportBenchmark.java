package org.huiying.system.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.huiying.contracts.Topics;
import org.huiying.system.YearOfThreads;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.huiying.system.bench.PipelineBenchmark.say;
import static org.huiying.system.bench.PipelineBenchmark.seconds;

/**
 * A county imports a year of history: {@code bench.threads} (10,000) generated threads of 2025 — posts, the units'
 * replies, each scraped minutes after it was posted — sent to {@code scraper.posts.v1} as fast as the producer goes,
 * then the scraper's heartbeat "everything before now has been sent". Prints how long the system takes to settle (no
 * consumer lag, every relay idle, no event stored for a whole sweep interval) and how many events it stored per
 * thread. Asserts nothing about timing: {@code ./mvnw -B -Pbench -pl system-tests -am verify
 * -Dit.test=HistoryImportBenchmark -Dbench.threads=10000}.
 */
class HistoryImportBenchmark {

    private static final Duration QUIET = Duration.ofSeconds(40); // longer than sla's default sweep interval
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final int threads = Integer.parseInt(System.getProperty("bench.threads", "10000").trim());

    @Test
    void run() throws Exception {
        YearOfThreads year = new YearOfThreads(threads, 2025);
        List<YearOfThreads.Scraped> records = year.records(false);
        say("history import: %d threads of 2025, %d scraper records, backend %s", threads, records.size(),
                settings.backend());
        try (BenchMongo mongo = BenchMongo.start(settings);
             BenchSystem system = new BenchSystem(mongo);
             SystemGauges gauges = new SystemGauges(system, mongo.uri());
             KafkaProducer<String, String> scraper = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.brokers(),
                     ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                     ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            Thread.sleep(5_000); // the directory reaches intake's account list
            long start = System.nanoTime();
            records.forEach(r -> scraper.send(new ProducerRecord<>(Topics.SCRAPER_POSTS, r.key(), r.json())));
            YearOfThreads.Scraped heartbeat = YearOfThreads.Scraped.heartbeat(Instant.now());
            scraper.send(new ProducerRecord<>(Topics.SCRAPER_POSTS, heartbeat.key(), heartbeat.json()));
            scraper.flush();
            say("sent in %.1f s", seconds(System.nanoTime() - start));

            long settledAt = awaitSettled(gauges, start);
            Map<String, Long> stored = gauges.countedEvents();
            long total = SystemGauges.sum(stored);
            String settled = settledAt < 0 ? "NOT SETTLED within " + TIMEOUT
                    : "settled in %.1f s (no lag, relays idle)".formatted(seconds(settledAt - start));
            say("RESULT %s; stored events %s = %d, %.1f per thread; received by reporting %d; RSS %d MB", settled,
                    SystemGauges.brief(stored), total, (double) total / threads, gauges.receivedInReporting(),
                    SystemGauges.rssMb());
        }
    }

    /** Waits until no consumer lags, no relay has anything pending and no event was stored for {@link #QUIET}. */
    private static long awaitSettled(SystemGauges gauges, long start) throws InterruptedException {
        long lastChange = System.nanoTime();
        long lastCount = -1;
        long lastReport = 0;
        while (System.nanoTime() - start < TIMEOUT.toNanos()) {
            Map<String, Long> lag = gauges.consumerLag();
            Map<String, Long> pending = gauges.relayBacklog();
            long events = SystemGauges.sum(gauges.estimatedEvents());
            long now = System.nanoTime();
            if (events != lastCount) {
                lastCount = events;
                lastChange = now;
            }
            boolean idle = SystemGauges.sum(lag) == 0 && SystemGauges.sum(pending) == 0;
            if (idle && now - lastChange > QUIET.toNanos()) {
                return lastChange;
            }
            if (now - lastReport > Duration.ofSeconds(15).toNanos()) {
                say("  %.0f s: lag %s, relay pending %s, stored events %d", seconds(now - start),
                        SystemGauges.brief(lag), SystemGauges.brief(pending), events);
                lastReport = now;
            }
            Thread.sleep(1_000);
        }
        return -1;
    }
}
