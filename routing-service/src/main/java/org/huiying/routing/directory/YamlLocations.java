package org.huiying.routing.directory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line on which each node of a YAML document starts, by JSON pointer ({@code /rules/3/lead}), from Jackson's
 * parser locations — so that a refusal can name the line as well as the field.
 */
final class YamlLocations {

    private final Map<String, Integer> lines;

    private YamlLocations(Map<String, Integer> lines) {
        this.lines = lines;
    }

    static YamlLocations of(String yaml) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                JsonStreamContext context = parser.getParsingContext();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    context = context.getParent();
                }
                if (token.isStructEnd() || context == null) {
                    continue;
                }
                lines.putIfAbsent(context.pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
            }
        }
        return new YamlLocations(lines);
    }

    /** The line of the node at the pointer, else of its nearest enclosing node that has one, else 1. */
    int lineOf(String pointer) {
        String at = pointer;
        while (!at.isEmpty()) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
        return lines.getOrDefault("", 1);
    }
}
