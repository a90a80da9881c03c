package org.huiying.system.bench;

import java.util.Arrays;

/** Recorded durations (nanoseconds) and their exact percentiles (nearest rank). Thread-safe. */
final class Latencies {

    private long[] values = new long[1024];
    private int count;

    synchronized void record(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos;
    }

    synchronized int count() {
        return count;
    }

    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return new Summary(sorted);
    }

    record Summary(long[] sorted) {

        int count() {
            return sorted.length;
        }

        /** The p-th percentile in milliseconds, NaN without samples. */
        double percentileMs(double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] / 1e6;
        }

        double maxMs() {
            return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
        }

        double meanMs() {
            return sorted.length == 0 ? Double.NaN : Arrays.stream(sorted).average().orElse(0) / 1e6;
        }
    }
}
