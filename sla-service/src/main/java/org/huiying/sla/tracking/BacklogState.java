package org.huiying.sla.tracking;

/**
 * Where an open case stands for the unit charged with it, as its to-do list and {@code huiying_sla_backlog_cases}
 * show it: {@code key} on the wire and as the gauge's {@code state} label, {@code label} for people.
 */
public enum BacklogState {

    AWAITING_RESPONSE("awaiting_response", "待响应"),
    AWAITING_ANSWER("awaiting_answer", "待答复"),
    PAUSED("paused", "暂停计时"),
    OVERDUE("overdue", "超期");

    private final String key;
    private final String label;

    BacklogState(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
