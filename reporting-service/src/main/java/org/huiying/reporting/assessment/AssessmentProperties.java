package org.huiying.reporting.assessment;

import org.huiying.reporting.casefacts.Figure;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Map;

/**
 * {@code huiying.assessment}: the formulas and weights of the assessment; any rate or weight not given keeps its
 * default (README, "Assessment").
 *
 * @param rates   rate → {@code numerator} (figures summed) and {@code denominator} (one figure)
 * @param weights rate → weight in the score
 */
@ConfigurationProperties("huiying.assessment")
public record AssessmentProperties(Map<Rate, Formula> rates, Map<Rate, Double> weights) {

    public record Formula(List<Figure> numerator, Figure denominator) {
    }
}
