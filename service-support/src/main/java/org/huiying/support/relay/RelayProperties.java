package org.huiying.support.relay;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param pollInterval    how often the relay looks for work when nobody woke it (another instance's appends)
 * @param batchSize       how many aggregates one cycle handles at most
 * @param abandonedAfter  how long an append may stay unfinished before its process is taken for dead
 * @param leaseDuration   how long one instance keeps the relay after its last renewal
 * @param maxAttempts     failed deliveries of one aggregate after which it is parked ({@link ParkedAggregates})
 */
@ConfigurationProperties("huiying.relay")
public record RelayProperties(Duration pollInterval, int batchSize, Duration abandonedAfter,
                              Duration leaseDuration, int maxAttempts) {

    public RelayProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(250) : pollInterval;
        batchSize = batchSize <= 0 ? 500 : batchSize;
        abandonedAfter = abandonedAfter == null ? Duration.ofSeconds(30) : abandonedAfter;
        leaseDuration = leaseDuration == null ? Duration.ofSeconds(10) : leaseDuration;
        maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
    }
}
