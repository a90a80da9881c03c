package org.huiying.routing.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The directory: units (retired ones included) and routing rules, in file order. Immutable. */
public record UnitDirectory(List<Unit> units, List<RoutingRule> rules) {

    public static final UnitDirectory EMPTY = new UnitDirectory(List.of(), List.of());

    public UnitDirectory {
        units = List.copyOf(units);
        rules = List.copyOf(rules);
    }

    public Optional<Unit> unit(String id) {
        return units.stream().filter(unit -> unit.id().equals(id)).findFirst();
    }

    public Map<String, Unit> unitsById() {
        return units.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    }

    /** The units that answer cases now. */
    public List<Unit> activeUnits() {
        return units.stream().filter(unit -> !unit.retired()).toList();
    }

    public boolean isActive(String unitId) {
        return unit(unitId).filter(unit -> !unit.retired()).isPresent();
    }

    /** This directory with the unit added, or replacing the unit of the same id in its place. */
    public UnitDirectory with(Unit changed) {
        List<Unit> next = new ArrayList<>(units);
        int at = next.stream().map(Unit::id).toList().indexOf(changed.id());
        if (at >= 0) {
            next.set(at, changed);
        } else {
            next.add(changed);
        }
        return new UnitDirectory(next, rules);
    }

    public UnitDirectory withRules(List<RoutingRule> newRules) {
        return new UnitDirectory(units, newRules);
    }
}
