package org.huiying.routing.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a directory in the file format {@link DirectoryFileReader} reads, leaving out what is at its default. */
public class DirectoryFileWriter {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    public String write(UnitDirectory directory) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("units", directory.units().stream().map(DirectoryFileWriter::unit).toList());
        file.put("rules", directory.rules().stream().map(DirectoryFileWriter::rule).toList());
        try {
            return yaml.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> unit(Unit unit) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", unit.id());
        fields.put("name", unit.name());
        fields.put("kind", unit.kind().name().toLowerCase(java.util.Locale.ROOT));
        putIfPresent(fields, "parent", unit.parentId());
        putIfPresent(fields, "spokesperson", unit.spokesperson());
        putIfPresent(fields, "liaison", unit.liaison());
        putIfPresent(fields, "contact", unit.contact());
        putIfPresent(fields, "addressedAs", unit.addressedAs());
        putIfPresent(fields, "accounts", unit.accounts().stream()
                .map(account -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("source", account.source());
                    entry.put("handle", account.handle());
                    return entry;
                }).toList());
        if (unit.retired()) {
            fields.put("retired", true);
        }
        return fields;
    }

    private static Map<String, Object> rule(RoutingRule rule) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", rule.id());
        fields.put("priority", rule.priority());
        putIfPresent(fields, "source", rule.source());
        putIfPresent(fields, "board", rule.board());
        putIfPresent(fields, "keywords", rule.keywords());
        putIfPresent(fields, "places", rule.places());
        if (rule.addressed()) {
            fields.put("addressed", true);
        }
        putIfPresent(fields, "lead", rule.lead());
        if (!rule.coUnit()) {
            fields.put("coUnit", false);
        }
        return fields;
    }

    private static void putIfPresent(Map<String, Object> fields, String name, Object value) {
        if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
            fields.put(name, value);
        }
    }
}
