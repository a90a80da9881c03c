package org.huiying.routing.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.huiying.contracts.routing.ForumAccount;
import org.huiying.contracts.routing.UnitKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a unit directory file (YAML: {@code units} and {@code rules}) and checks it whole. Anything wrong — not YAML, an
 * unknown field, a missing or malformed value, a duplicate id or account, a rule without a condition or pointing at an
 * unknown or retired unit — is refused with the file, the line and the field; nothing of a refused file is used.
 */
public class DirectoryFileReader {

    static final Set<String> TOP_FIELDS = Set.of("units", "rules");
    static final Set<String> UNIT_FIELDS = Set.of("id", "name", "kind", "parent", "spokesperson", "liaison",
            "contact", "addressedAs", "accounts", "retired");
    static final Set<String> ACCOUNT_FIELDS = Set.of("source", "handle");
    static final Set<String> RULE_FIELDS = Set.of("id", "priority", "source", "board", "keywords", "places",
            "addressed", "lead", "coUnit");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    public UnitDirectory read(InputStream in, String name) {
        try {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the unit directory " + name, e);
        }
    }

    public UnitDirectory read(String text, String name) {
        JsonNode root;
        YamlLocations locations;
        try {
            root = yaml.readTree(text);
            locations = YamlLocations.of(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new InvalidDirectoryException(name + ": line " + line + ": not valid YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), line, null, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new InvalidDirectoryException(name + ": line 1: units: the file must be a mapping with a list of"
                    + " 'units'", 1, "units", null);
        }
        FileNode file = new FileNode(root, name, locations, "", "");
        file.allowOnly(TOP_FIELDS);
        if (!root.path("units").isArray()) {
            throw file.child("units").invalid("must be a list of units");
        }
        List<Unit> units = readUnits(file.list("units"));
        List<RoutingRule> rules = readRules(file.list("rules"), unitsById(units));
        return new UnitDirectory(units, rules);
    }

    private static List<Unit> readUnits(List<FileNode> nodes) {
        List<Unit> units = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<ForumAccount, String> accountOwners = new HashMap<>();
        for (FileNode node : nodes) {
            node.allowOnly(UNIT_FIELDS);
            String id = node.requiredText("id");
            if (!ID.matcher(id).matches()) {
                throw node.child("id").invalid("'" + id + "' may hold only letters, digits, '-', '_' and '.'");
            }
            if (!ids.add(id)) {
                throw node.child("id").invalid("duplicate unit id '" + id + "'");
            }
            units.add(new Unit(id, node.requiredText("name"), kind(node), node.text("parent"),
                    accounts(node, id, accountOwners), node.text("spokesperson"), node.text("liaison"),
                    node.text("contact"), node.strings("addressedAs"), node.bool("retired", false)));
        }
        for (int i = 0; i < units.size(); i++) {
            String parent = units.get(i).parentId();
            if (parent != null && (!ids.contains(parent) || parent.equals(units.get(i).id()))) {
                throw nodes.get(i).child("parent").invalid("unknown parent unit '" + parent + "'");
            }
        }
        return units;
    }

    private static List<RoutingRule> readRules(List<FileNode> nodes, Map<String, Unit> units) {
        List<RoutingRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (FileNode node : nodes) {
            node.allowOnly(RULE_FIELDS);
            String id = node.requiredText("id");
            if (!ids.add(id)) {
                throw node.child("id").invalid("duplicate rule id '" + id + "'");
            }
            boolean addressed = node.bool("addressed", false);
            String lead = addressed ? node.text("lead") : node.requiredText("lead");
            if (addressed && lead != null) {
                throw node.child("lead").invalid("an addressed rule leads with the unit the post names; remove"
                        + " 'lead'");
            }
            if (lead != null && !units.containsKey(lead)) {
                throw node.child("lead").invalid("unknown unit '" + lead + "'");
            }
            if (lead != null && units.get(lead).retired()) {
                throw node.child("lead").invalid("unit '" + lead + "' is retired");
            }
            RoutingRule rule = new RoutingRule(id, node.integer("priority", 0), node.text("board"),
                    node.strings("keywords"), node.strings("places"), lead, node.text("source"), addressed,
                    node.bool("coUnit", true));
            if (!addressed && rule.board() == null && rule.keywords().isEmpty() && rule.places().isEmpty()) {
                throw node.invalid("needs a 'board', 'keywords', 'places' or 'addressed: true'");
            }
            rules.add(rule);
        }
        return rules;
    }

    private static UnitKind kind(FileNode node) {
        String kind = node.requiredText("kind");
        try {
            return UnitKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw node.child("kind").invalid("'" + kind + "' is not township or department");
        }
    }

    private static List<ForumAccount> accounts(FileNode unit, String unitId, Map<ForumAccount, String> owners) {
        List<ForumAccount> accounts = new ArrayList<>();
        for (FileNode node : unit.list("accounts")) {
            node.allowOnly(ACCOUNT_FIELDS);
            ForumAccount account = new ForumAccount(node.requiredText("source"), node.requiredText("handle"));
            String owner = owners.putIfAbsent(account, unitId);
            if (owner != null) {
                throw node.child("handle").invalid("account '" + account.handle() + "' on " + account.source()
                        + " is already registered to unit '" + owner + "'");
            }
            accounts.add(account);
        }
        return accounts;
    }

    private static Map<String, Unit> unitsById(List<Unit> units) {
        Map<String, Unit> byId = new HashMap<>();
        units.forEach(unit -> byId.put(unit.id(), unit));
        return byId;
    }
}
