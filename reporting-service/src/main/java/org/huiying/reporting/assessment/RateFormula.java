package org.huiying.reporting.assessment;

import org.huiying.reporting.casefacts.Figure;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A rate as the sum of some figures over one figure; null when that figure is 0. */
public record RateFormula(List<Figure> numerator, Figure denominator) {

    public Double apply(Map<Figure, Integer> counts) {
        int below = counts.getOrDefault(denominator, 0);
        if (below == 0) {
            return null;
        }
        int above = numerator.stream().mapToInt(f -> counts.getOrDefault(f, 0)).sum();
        return (double) above / below;
    }

    /** E.g. {@code (satisfied + basicallySatisfied) / rated}. */
    public String describe() {
        String above = numerator.stream().map(Figure::key).collect(Collectors.joining(" + "));
        return (numerator.size() > 1 ? "(" + above + ")" : above) + " / " + denominator.key();
    }
}
