package org.huiying.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The metric names the provisioned Grafana dashboards query. */
final class GrafanaDashboard {

    static final Path DASHBOARDS = ProjectFiles.root().resolve("deploy/grafana/dashboards");
    private static final Pattern METRIC = Pattern.compile("\\bhuiying_[a-z0-9_]+");

    private GrafanaDashboard() {
    }

    static Set<String> metricNames() throws IOException {
        Set<String> names = new TreeSet<>();
        try (var files = Files.list(DASHBOARDS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                collect(new ObjectMapper().readTree(file.toFile()), names);
            }
        }
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if ((field.getKey().equals("expr") || field.getKey().equals("query")) && field.getValue().isTextual()) {
                    Matcher matcher = METRIC.matcher(field.getValue().asText());
                    while (matcher.find()) {
                        names.add(matcher.group());
                    }
                } else {
                    collect(field.getValue(), names);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, names));
        }
    }
}
