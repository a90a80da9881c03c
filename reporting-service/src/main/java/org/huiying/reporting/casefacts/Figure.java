package org.huiying.reporting.casefacts;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every figure of the assessment, as the set of cases behind it. The {@code key} is the JSON field and the stored
 * field name; the label is what the office reads (答复率 reports, CSV and XLSX headers).
 */
public enum Figure {
    RECEIVED("received", "受理件数"),
    ACKNOWLEDGED("acknowledged", "已响应"),
    ACKNOWLEDGED_ON_TIME("acknowledgedOnTime", "按时响应"),
    ANSWERED("answered", "已答复"),
    ANSWERED_ON_TIME("answeredOnTime", "按时办结"),
    EXTENDED("extended", "延期"),
    URGED("urged", "催办"),
    SUPERVISED("supervised", "督办"),
    PUBLICLY_NOTIFIED("publiclyNotified", "通报"),
    RETURNED("returned", "退回"),
    RATED("rated", "已评价"),
    SATISFIED("satisfied", "满意"),
    BASICALLY_SATISFIED("basicallySatisfied", "基本满意"),
    DISSATISFIED("dissatisfied", "不满意"),
    IMPLEMENTED("implemented", "已落实"),
    OPEN("open", "未办结"),
    OVERDUE("overdue", "超期");

    private final String key;
    private final String label;

    Figure(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Figure> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
