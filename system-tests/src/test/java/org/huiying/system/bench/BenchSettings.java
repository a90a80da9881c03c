package org.huiying.system.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What one benchmark run does, from system properties ({@code -Dbench.events=10000} on the Maven command line).
 *
 * @param events       events to have stored before measuring, summed over the intake, routing and sla event stores
 * @param backend      the Mongo-protocol server's backend: {@code h2} (the file store the embedded default uses) or
 *                     {@code memory}
 * @param rates        direct {@code ReceivePostCommand}s per second to intake during measurement; several
 *                     ({@code -Dbench.rate=10,50}) measure one after the other on the same store
 * @param postRate     scraped posts per second published to the scraper topic during measurement; -1 (the default):
 *                     the same as the command rate of each measurement
 * @param seconds      how long the measurement runs
 * @param h2CacheMb    the H2 MVStore page cache, as the launcher sets it (its default is 1024 MB)
 * @param dataDir      where the H2 file goes
 * @param fillTimeout  how long the fill may take before the run gives up measuring
 * @param drain        how long to wait after the measurement for the last samples to arrive
 */
record BenchSettings(long events, String backend, List<Integer> rates, int postRate, int seconds, int h2CacheMb,
                     Path dataDir, Duration fillTimeout, Duration drain) {

    /** Events one routed post stores: post-received (intake), case-assigned (routing), clock started, unit charged (sla). */
    static final int EVENTS_PER_POST = 4;

    /** -Dbench.rebuild=false: no rebuild of reporting between the fill and the measurements. */
    static boolean rebuild() {
        return Boolean.parseBoolean(System.getProperty("bench.rebuild", "true").trim());
    }

    static BenchSettings fromSystemProperties() {
        String backend = System.getProperty("bench.backend", "h2").trim().toLowerCase();
        if (!backend.equals("h2") && !backend.equals("memory")) {
            throw new IllegalArgumentException("bench.backend must be h2 or memory, not " + backend);
        }
        List<Integer> rates = Arrays.stream(System.getProperty("bench.rate", "50").split(","))
                .map(String::trim).filter(r -> !r.isEmpty()).map(Integer::parseInt).toList();
        return new BenchSettings(
                Long.parseLong(System.getProperty("bench.events", "100000").trim()),
                backend,
                rates,
                Integer.parseInt(System.getProperty("bench.postRate", "-1").trim()),
                Integer.parseInt(System.getProperty("bench.seconds", "30").trim()),
                Integer.parseInt(System.getProperty("bench.h2.cacheMb", "1024").trim()),
                Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath(),
                Duration.ofMinutes(Long.parseLong(System.getProperty("bench.fillTimeoutMinutes", "60").trim())),
                Duration.ofSeconds(Long.parseLong(System.getProperty("bench.drainSeconds", "60").trim())));
    }

    /** Scraped posts per second while commands go at {@code rate}. */
    int postRateAt(int rate) {
        return postRate < 0 ? rate : postRate;
    }

    /** A first estimate of the scraped posts that store {@link #events()} events; the fill corrects it as it goes. */
    long posts() {
        return Math.max(1, (events + EVENTS_PER_POST - 1) / EVENTS_PER_POST);
    }
}
