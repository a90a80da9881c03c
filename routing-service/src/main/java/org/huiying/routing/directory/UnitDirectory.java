package org.huiying.routing.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The directory in force: units and routing rules, in file order. */
public record UnitDirectory(List<Unit> units, List<RoutingRule> rules) {

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
}
