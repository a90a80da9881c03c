package org.huiying.reporting.assessment;

import org.huiying.reporting.casefacts.Figure;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The formulas and weights in force. Defaults: answerRate = answered / received; responseOnTimeRate =
 * acknowledgedOnTime / received; onTimeAnswerRate = answeredOnTime / received; satisfactionRate = (satisfied +
 * basicallySatisfied) / rated; implementationRate = implemented / answered; score = 100 × Σ weight × rate / Σ weight
 * over the rates that are not null (a rate without a denominator neither helps nor hurts).
 */
@Component
public class AssessmentPolicy {

    static final String SCORE = "100 × Σ(weight × rate) / Σ(weight), over the rates that are not null; "
            + "null when every rate is null";
    static final String RANKING = "by score (highest first), ties by answerRate, then by unitId; units without a "
            + "score are not ranked";

    private final Map<Rate, RateFormula> formulas = new EnumMap<>(Rate.class);
    private final Map<Rate, Double> weights = new EnumMap<>(Rate.class);

    public AssessmentPolicy(AssessmentProperties properties) {
        formulas.put(Rate.RESPONSE_ON_TIME_RATE, new RateFormula(List.of(Figure.ACKNOWLEDGED_ON_TIME), Figure.RECEIVED));
        formulas.put(Rate.ANSWER_RATE, new RateFormula(List.of(Figure.ANSWERED), Figure.RECEIVED));
        formulas.put(Rate.ON_TIME_ANSWER_RATE, new RateFormula(List.of(Figure.ANSWERED_ON_TIME), Figure.RECEIVED));
        formulas.put(Rate.SATISFACTION_RATE,
                new RateFormula(List.of(Figure.SATISFIED, Figure.BASICALLY_SATISFIED), Figure.RATED));
        formulas.put(Rate.IMPLEMENTATION_RATE, new RateFormula(List.of(Figure.IMPLEMENTED), Figure.ANSWERED));
        weights.putAll(Map.of(Rate.RESPONSE_ON_TIME_RATE, 0.15, Rate.ANSWER_RATE, 0.30, Rate.ON_TIME_ANSWER_RATE, 0.25,
                Rate.SATISFACTION_RATE, 0.20, Rate.IMPLEMENTATION_RATE, 0.10));
        if (properties != null && properties.rates() != null) {
            properties.rates().forEach((rate, f) -> formulas.put(rate, new RateFormula(
                    f.numerator() != null ? List.copyOf(f.numerator()) : formulas.get(rate).numerator(),
                    f.denominator() != null ? f.denominator() : formulas.get(rate).denominator())));
        }
        if (properties != null && properties.weights() != null) {
            properties.weights().forEach((rate, weight) -> {
                if (weight == null || weight < 0) {
                    throw new IllegalArgumentException("huiying.assessment.weights." + rate.key() + " must be >= 0");
                }
                weights.put(rate, weight);
            });
        }
    }

    public RateFormula formula(Rate rate) {
        return formulas.get(rate);
    }

    public double weight(Rate rate) {
        return weights.get(rate);
    }

    /** The policy as the response shows it, so every figure explains itself. */
    public Map<String, Object> describe() {
        Map<String, String> rates = new LinkedHashMap<>();
        Map<String, Double> weightsByKey = new LinkedHashMap<>();
        for (Rate rate : Rate.values()) {
            rates.put(rate.key(), formulas.get(rate).describe());
            weightsByKey.put(rate.key(), weights.get(rate));
        }
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("rates", rates);
        policy.put("weights", weightsByKey);
        policy.put("score", SCORE);
        policy.put("ranking", RANKING);
        policy.put("period", "cases posted in the period (configured zone), counted for their current lead unit");
        return policy;
    }
}
