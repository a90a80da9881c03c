package org.huiying.reporting.assessment;

import org.huiying.reporting.casefacts.Figure;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts, rates, scores and ranks from the sets behind the figures. */
@Component
public class AssessmentCalculator {

    private static final Comparator<UnitAssessment> RANKING = Comparator
            .comparing(UnitAssessment::score, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(UnitAssessment::answerRate, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(UnitAssessment::unitId);

    private final AssessmentPolicy policy;

    public AssessmentCalculator(AssessmentPolicy policy) {
        this.policy = policy;
    }

    public List<UnitAssessment> assess(FigureSets sets, Map<String, String> names) {
        List<UnitAssessment> units = new ArrayList<>();
        for (String unitId : sets.unitIds()) {
            units.add(unit(unitId, names.get(unitId), sets.counts(unitId)));
        }
        units.sort(RANKING);
        List<UnitAssessment> ranked = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            UnitAssessment unit = units.get(i);
            ranked.add(unit.ranked(unit.score() == null ? null : i + 1));
        }
        return ranked;
    }

    UnitAssessment unit(String unitId, String name, Map<Figure, Integer> c) {
        Map<Rate, Double> rates = new EnumMap<>(Rate.class);
        for (Rate rate : Rate.values()) {
            rates.put(rate, policy.formula(rate).apply(c));
        }
        return new UnitAssessment(unitId, name, c.get(Figure.RECEIVED), c.get(Figure.ACKNOWLEDGED),
                c.get(Figure.ACKNOWLEDGED_ON_TIME), c.get(Figure.ANSWERED), c.get(Figure.ANSWERED_ON_TIME),
                c.get(Figure.EXTENDED), c.get(Figure.URGED), c.get(Figure.SUPERVISED), c.get(Figure.PUBLICLY_NOTIFIED),
                c.get(Figure.RETURNED), c.get(Figure.RATED), c.get(Figure.SATISFIED), c.get(Figure.BASICALLY_SATISFIED),
                c.get(Figure.DISSATISFIED), c.get(Figure.IMPLEMENTED), rates.get(Rate.RESPONSE_ON_TIME_RATE),
                rates.get(Rate.ANSWER_RATE), rates.get(Rate.ON_TIME_ANSWER_RATE), rates.get(Rate.SATISFACTION_RATE),
                rates.get(Rate.IMPLEMENTATION_RATE), score(rates), null);
    }

    private Double score(Map<Rate, Double> rates) {
        double weighted = 0;
        double weights = 0;
        for (Map.Entry<Rate, Double> rate : rates.entrySet()) {
            if (rate.getValue() != null) {
                weighted += policy.weight(rate.getKey()) * rate.getValue();
                weights += policy.weight(rate.getKey());
            }
        }
        if (weights == 0) {
            return null;
        }
        return BigDecimal.valueOf(100 * weighted / weights).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
