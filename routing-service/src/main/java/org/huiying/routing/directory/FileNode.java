package org.huiying.routing.directory;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A node of a directory file with where it is (its field path such as {@code rules[3]} and its line), and typed
 * reads that refuse a wrong value naming the file, the line and the field.
 */
final class FileNode {

    private final JsonNode node;
    private final String file;
    private final YamlLocations locations;
    private final String pointer;
    private final String field;

    FileNode(JsonNode node, String file, YamlLocations locations, String pointer, String field) {
        this.node = node;
        this.file = file;
        this.locations = locations;
        this.pointer = pointer;
        this.field = field;
    }

    String field() {
        return field;
    }

    boolean has(String name) {
        return node.hasNonNull(name);
    }

    FileNode child(String name) {
        return new FileNode(node.path(name), file, locations, pointer + "/" + name,
                field.isEmpty() ? name : field + "." + name);
    }

    List<FileNode> elements() {
        List<FileNode> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            elements.add(new FileNode(node.get(i), file, locations, pointer + "/" + i, field + "[" + i + "]"));
        }
        return elements;
    }

    /** Refuses a field this format does not know, a likely typo ({@code keyword} for {@code keywords}). */
    void allowOnly(Set<String> names) {
        if (!node.isObject()) {
            throw invalid("must be a mapping of fields");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!names.contains(name)) {
                throw child(name).invalid("unknown field (known: " + String.join(", ", names) + ")");
            }
        }
    }

    String requiredText(String name) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            throw child(name).invalid("missing");
        }
        return value;
    }

    String text(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw child(name).invalid("must be a single value");
        }
        return value.asText().strip();
    }

    int integer(String name, int otherwise) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return otherwise;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw child(name).invalid("'" + value.asText() + "' is not a whole number");
        }
        return value.intValue();
    }

    boolean bool(String name, boolean otherwise) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return otherwise;
        }
        if (!value.isBoolean()) {
            throw child(name).invalid("'" + value.asText() + "' is not true or false");
        }
        return value.booleanValue();
    }

    /** A list of non-blank strings; absent is empty. */
    List<String> strings(String name) {
        FileNode list = child(name);
        if (list.node.isMissingNode() || list.node.isNull()) {
            return List.of();
        }
        if (!list.node.isArray()) {
            throw list.invalid("must be a list, e.g. [公交, 红绿灯]");
        }
        List<String> values = new ArrayList<>();
        for (FileNode element : list.elements()) {
            if (!element.node.isValueNode() || element.node.asText().isBlank()) {
                throw element.invalid("must be a non-empty text");
            }
            values.add(element.node.asText().strip());
        }
        return values;
    }

    /** A list of mappings; absent is empty. */
    List<FileNode> list(String name) {
        FileNode list = child(name);
        if (list.node.isMissingNode() || list.node.isNull()) {
            return List.of();
        }
        if (!list.node.isArray()) {
            throw list.invalid("must be a list");
        }
        return list.elements();
    }

    InvalidDirectoryException invalid(String problem) {
        int line = locations.lineOf(pointer);
        return new InvalidDirectoryException(file + ": line " + line + ": " + (field.isEmpty() ? "" : field + ": ")
                + problem, line, field, null);
    }
}
