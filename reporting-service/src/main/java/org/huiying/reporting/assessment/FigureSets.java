package org.huiying.reporting.assessment;

import org.huiying.reporting.casefacts.Figure;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** For each unit, the set of case ids behind each figure of one period. */
public final class FigureSets {

    private final Map<String, Map<Figure, Set<String>>> units = new TreeMap<>();

    public void unit(String unitId) {
        units.computeIfAbsent(unitId, u -> new EnumMap<>(Figure.class));
    }

    public void add(String unitId, Figure figure, Collection<String> caseIds) {
        units.computeIfAbsent(unitId, u -> new EnumMap<>(Figure.class))
                .computeIfAbsent(figure, f -> new TreeSet<>()).addAll(caseIds);
    }

    public Set<String> unitIds() {
        return units.keySet();
    }

    public Set<String> cases(String unitId, Figure figure) {
        return units.getOrDefault(unitId, Map.of()).getOrDefault(figure, Set.of());
    }

    public Map<Figure, Integer> counts(String unitId) {
        Map<Figure, Integer> counts = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            counts.put(figure, cases(unitId, figure).size());
        }
        return counts;
    }
}
