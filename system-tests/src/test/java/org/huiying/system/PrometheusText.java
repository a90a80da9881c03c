package org.huiying.system;

import java.util.Set;
import java.util.TreeSet;

/** Reads the metric names out of a Prometheus text exposition. */
final class PrometheusText {

    private PrometheusText() {
    }

    static Set<String> metricNames(String exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int end = line.indexOf('{');
            names.add(end < 0 ? line.substring(0, line.indexOf(' ')) : line.substring(0, end));
        }
        return names;
    }
}
