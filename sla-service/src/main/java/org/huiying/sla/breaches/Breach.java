package org.huiying.sla.breaches;

import java.time.Instant;

/**
 * One deadline missed: the case, the unit charged (the one holding the case at the due time; {@code unassigned} in
 * the office), the kind ({@code response}, {@code answer}, {@code progress}, {@code sensitive-report}), the answer
 * round and the due time. The same case, kind, round and due time is the same breach however often it is delivered.
 * Missed progress updates are kept as one entry per case, round, unit and month: {@code count} of them, the first due
 * at {@code dueAt}; every other breach counts 1.
 */
public record Breach(String caseId, String unitId, String kind, int round, Instant dueAt, int count) {

    public static final String UNASSIGNED = "unassigned";

    public Breach {
        unitId = unitId == null ? UNASSIGNED : unitId;
    }

    public Breach(String caseId, String unitId, String kind, int round, Instant dueAt) {
        this(caseId, unitId, kind, round, dueAt, 1);
    }

    String key() {
        return caseId + "|" + kind + "|" + round + "|" + dueAt;
    }
}
