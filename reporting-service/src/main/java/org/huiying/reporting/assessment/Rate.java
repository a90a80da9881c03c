package org.huiying.reporting.assessment;

import java.util.Arrays;
import java.util.Optional;

/** The rates of the assessment, with their JSON field and their Chinese name. */
public enum Rate {
    RESPONSE_ON_TIME_RATE("responseOnTimeRate", "响应及时率"),
    ANSWER_RATE("answerRate", "答复率"),
    ON_TIME_ANSWER_RATE("onTimeAnswerRate", "按时办结率"),
    SATISFACTION_RATE("satisfactionRate", "满意率"),
    IMPLEMENTATION_RATE("implementationRate", "落实率");

    private final String key;
    private final String label;

    Rate(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Rate> byKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
