package org.huiying.reporting.casefacts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A case as it stood at one instant, and the figures it counts in for each unit.
 *
 * @param leadUnitId the current lead unit (牵头单位); null while in triage or before any assignment
 * @param figures    unit id → the figures the case counts in for that unit
 */
public record CaseState(String caseId, boolean posted, LocalDate postedOn, String leadUnitId, String kind,
                        String severity, PostInfo post, Map<String, Set<Figure>> figures) {

    public static CaseState notPosted(String caseId) {
        return new CaseState(caseId, false, null, null, null, null, null, Map.of());
    }

    public YearMonth month() {
        return YearMonth.from(postedOn);
    }

    /** The figure documents the case belongs in: {@code <unit>|<yyyy-MM>} and the unit's all-time {@code <unit>|all}. */
    public Map<String, Set<Figure>> documents() {
        Map<String, Set<Figure>> documents = new TreeMap<>();
        figures.forEach((unit, set) -> {
            documents.put(FigureDocuments.monthId(unit, month()), set);
            documents.put(FigureDocuments.allTimeId(unit), set);
        });
        return documents;
    }

    public Set<Figure> figuresOf(String unitId) {
        return figures.getOrDefault(unitId, EnumSet.noneOf(Figure.class));
    }

    /** Whether the case was posted between the two days (inclusive), in the configured zone. */
    public boolean postedBetween(LocalDate from, LocalDate to) {
        return posted && !postedOn.isBefore(from) && !postedOn.isAfter(to);
    }

    static Instant end() {
        return Instant.MAX;
    }
}
