package org.huiying.sla.breaches;

import org.huiying.contracts.sla.DeadlineKind;

import java.util.List;

/** The kinds of deadline a unit can miss, by their names in the API and the metrics. */
final class BreachKinds {

    static final String RESPONSE = "response";
    static final String ANSWER = "answer";
    static final String PROGRESS = "progress";
    static final String SENSITIVE_REPORT = "sensitive-report";
    static final List<String> ALL = List.of(RESPONSE, ANSWER, PROGRESS, SENSITIVE_REPORT);

    private BreachKinds() {
    }

    static String of(DeadlineKind kind) {
        return switch (kind) {
            case RESPONSE -> RESPONSE;
            case ANSWER -> ANSWER;
            case PROGRESS -> PROGRESS;
        };
    }
}
