package org.huiying.reporting.assessment;

import org.huiying.reporting.casefacts.Figure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentCalculatorTest {

    private final AssessmentCalculator calculator = new AssessmentCalculator(new AssessmentPolicy(null));

    @Test
    void shouldComputeEveryRateAndTheWeightedScoreWhenTheCountsAreKnown() {
        // given: 4 received, 3 answered (2 on time), 3 acknowledged on time, 2 rated (satisfied, basically), 1 implemented
        FigureSets sets = new FigureSets();
        sets.add("jiaotong", Figure.RECEIVED, cases(1, 4));
        sets.add("jiaotong", Figure.ACKNOWLEDGED, cases(1, 3));
        sets.add("jiaotong", Figure.ACKNOWLEDGED_ON_TIME, cases(1, 3));
        sets.add("jiaotong", Figure.ANSWERED, cases(1, 3));
        sets.add("jiaotong", Figure.ANSWERED_ON_TIME, cases(1, 2));
        sets.add("jiaotong", Figure.RATED, cases(1, 2));
        sets.add("jiaotong", Figure.SATISFIED, cases(1, 1));
        sets.add("jiaotong", Figure.BASICALLY_SATISFIED, cases(2, 2));
        sets.add("jiaotong", Figure.IMPLEMENTED, cases(1, 1));

        // when
        UnitAssessment unit = calculator.assess(sets, Map.of("jiaotong", "县交通运输局")).get(0);

        // then
        assertThat(unit.received()).isEqualTo(4);
        assertThat(unit.answerRate()).isEqualTo(0.75);
        assertThat(unit.responseOnTimeRate()).isEqualTo(0.75);
        assertThat(unit.onTimeAnswerRate()).isEqualTo(0.5);
        assertThat(unit.satisfactionRate()).isEqualTo(1.0);
        assertThat(unit.implementationRate()).isEqualTo(1.0 / 3);
        // 100 × (0.15×0.75 + 0.30×0.75 + 0.25×0.5 + 0.20×1 + 0.10×⅓) / 1.0 = 69.58
        assertThat(unit.score()).isEqualTo(69.58);
        assertThat(unit.rank()).isEqualTo(1);
        assertThat(unit.unitName()).isEqualTo("县交通运输局");
    }

    @Test
    void shouldLeaveRatesNullAndTheUnitUnrankedWhenItHasNoCases() {
        FigureSets sets = new FigureSets();
        sets.unit("dipu");

        UnitAssessment unit = calculator.assess(sets, Map.of()).get(0);

        assertThat(unit.answerRate()).isNull();
        assertThat(unit.satisfactionRate()).isNull();
        assertThat(unit.score()).isNull();
        assertThat(unit.rank()).isNull();
    }

    @Test
    void shouldLeaveOutANullRateFromTheScoreWhenNobodyRated() {
        // 2 received, 2 answered on time, acknowledged on time, none rated, none implemented
        FigureSets sets = new FigureSets();
        for (Figure f : List.of(Figure.RECEIVED, Figure.ACKNOWLEDGED, Figure.ACKNOWLEDGED_ON_TIME, Figure.ANSWERED,
                Figure.ANSWERED_ON_TIME)) {
            sets.add("dipu", f, cases(1, 2));
        }

        UnitAssessment unit = calculator.assess(sets, Map.of()).get(0);

        // 100 × (0.15 + 0.30 + 0.25 + 0.10×0) / (0.15 + 0.30 + 0.25 + 0.10) = 87.5
        assertThat(unit.satisfactionRate()).isNull();
        assertThat(unit.implementationRate()).isEqualTo(0.0);
        assertThat(unit.score()).isEqualTo(87.5);
    }

    @Test
    void shouldBreakTiesByAnswerRateThenUnitIdWhenScoresAreEqual() {
        FigureSets sets = new FigureSets();
        for (String unit : List.of("xiaofeng", "dipu", "jiaotong")) {
            sets.add(unit, Figure.RECEIVED, cases(1, 2));
            sets.add(unit, Figure.ANSWERED, cases(1, 1));
        }
        sets.unit("tianhuangping");

        List<UnitAssessment> ranked = calculator.assess(sets, Map.of());

        assertThat(ranked).extracting(UnitAssessment::unitId)
                .containsExactly("dipu", "jiaotong", "xiaofeng", "tianhuangping");
        assertThat(ranked).extracting(UnitAssessment::rank).containsExactly(1, 2, 3, null);
    }

    @Test
    void shouldUseAConfiguredFormulaAndWeightWhenThePolicyOverridesThem() {
        // given: satisfaction counts only 满意; only the satisfaction rate weighs
        AssessmentProperties properties = new AssessmentProperties(
                Map.of(Rate.SATISFACTION_RATE, new AssessmentProperties.Formula(List.of(Figure.SATISFIED), null)),
                Map.of(Rate.RESPONSE_ON_TIME_RATE, 0.0, Rate.ANSWER_RATE, 0.0, Rate.ON_TIME_ANSWER_RATE, 0.0,
                        Rate.IMPLEMENTATION_RATE, 0.0));
        AssessmentCalculator custom = new AssessmentCalculator(new AssessmentPolicy(properties));
        FigureSets sets = new FigureSets();
        sets.add("dipu", Figure.RECEIVED, cases(1, 4));
        sets.add("dipu", Figure.RATED, cases(1, 4));
        sets.add("dipu", Figure.SATISFIED, cases(1, 1));
        sets.add("dipu", Figure.BASICALLY_SATISFIED, cases(2, 3));

        // when
        UnitAssessment unit = custom.assess(sets, Map.of()).get(0);

        // then
        assertThat(unit.satisfactionRate()).isEqualTo(0.25);
        assertThat(unit.score()).isEqualTo(25.0);
        assertThat(new AssessmentPolicy(properties).describe()).extracting(p -> ((Map<?, ?>) p.get("rates"))
                .get("satisfactionRate")).isEqualTo("satisfied / rated");
    }

    private static List<String> cases(int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj(i -> "anji-bbs:t-" + i).toList();
    }
}
