package org.huiying.routing.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.huiying.contracts.routing.ForumAccount;
import org.huiying.contracts.routing.UnitKind;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a unit directory file (YAML: {@code units} and {@code rules}) and checks it whole: an unknown unit kind, a
 * duplicate id, a rule without a condition or pointing at an unknown unit is refused with the line and the field.
 */
public class DirectoryFileReader {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    public UnitDirectory read(InputStream in, String name) {
        JsonNode root;
        try {
            root = yaml.readTree(in);
        } catch (IOException e) {
            throw new InvalidDirectoryException(name + ": not valid YAML: " + e.getMessage(), e);
        }
        if (root == null || !root.path("units").isArray()) {
            throw new InvalidDirectoryException(name + ": field 'units' must be a list of units");
        }
        List<Unit> units = readUnits(root.path("units"), name);
        Set<String> unitIds = new HashSet<>(units.stream().map(Unit::id).toList());
        List<RoutingRule> rules = readRules(root.path("rules"), name, unitIds);
        return new UnitDirectory(units, rules);
    }

    private List<Unit> readUnits(JsonNode nodes, String name) {
        List<Unit> units = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String where = name + ": units[" + i + "]";
            String id = required(node, "id", where);
            if (!seen.add(id)) {
                throw new InvalidDirectoryException(where + ".id: duplicate unit id '" + id + "'");
            }
            units.add(new Unit(id, required(node, "name", where), kind(node, where), text(node, "parent"),
                    accounts(node.path("accounts"), where)));
        }
        return units;
    }

    private List<RoutingRule> readRules(JsonNode nodes, String name, Set<String> unitIds) {
        List<RoutingRule> rules = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String where = name + ": rules[" + i + "]";
            String id = required(node, "id", where);
            if (!seen.add(id)) {
                throw new InvalidDirectoryException(where + ".id: duplicate rule id '" + id + "'");
            }
            String lead = required(node, "lead", where);
            if (!unitIds.contains(lead)) {
                throw new InvalidDirectoryException(where + ".lead: unknown unit '" + lead + "'");
            }
            RoutingRule rule = new RoutingRule(id, priority(node, where), text(node, "board"),
                    strings(node, "keywords", where), strings(node, "places", where), lead);
            if (rule.board() == null && rule.keywords().isEmpty() && rule.places().isEmpty()) {
                throw new InvalidDirectoryException(where + ": needs a 'board', 'keywords' or 'places'");
            }
            rules.add(rule);
        }
        return rules;
    }

    private static UnitKind kind(JsonNode node, String where) {
        String kind = required(node, "kind", where);
        try {
            return UnitKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidDirectoryException(where + ".kind: '" + kind + "' is not township or department");
        }
    }

    private static List<ForumAccount> accounts(JsonNode nodes, String where) {
        List<ForumAccount> accounts = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String at = where + ".accounts[" + i + "]";
            accounts.add(new ForumAccount(required(nodes.get(i), "source", at), required(nodes.get(i), "handle", at)));
        }
        return accounts;
    }

    private static List<String> strings(JsonNode node, String field, String where) {
        JsonNode nodes = node.path(field);
        if (nodes.isMissingNode() || nodes.isNull()) {
            return List.of();
        }
        if (!nodes.isArray()) {
            throw new InvalidDirectoryException(where + "." + field + ": must be a list, e.g. [" + nodes.asText()
                    + "]");
        }
        List<String> values = new ArrayList<>();
        nodes.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static int priority(JsonNode node, String where) {
        JsonNode priority = node.path("priority");
        if (priority.isMissingNode() || priority.isNull()) {
            return 0;
        }
        if (!priority.canConvertToInt() || !priority.isIntegralNumber()) {
            throw new InvalidDirectoryException(where + ".priority: '" + priority.asText() + "' is not a whole number");
        }
        return priority.asInt();
    }

    private static String required(JsonNode node, String field, String where) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new InvalidDirectoryException(where + "." + field + ": missing");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
