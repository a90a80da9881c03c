package org.huiying.sla.breaches;

import java.time.Instant;

/**
 * One deadline missed: the case, the unit charged (the one holding the case at the due time; {@code unassigned} in
 * the office), the kind ({@code response}, {@code answer}, {@code progress}, {@code sensitive-report}), the answer
 * round and the due time. The same case, kind, round and due time is the same breach however often it is delivered.
 */
public record Breach(String caseId, String unitId, String kind, int round, Instant dueAt) {

    public static final String UNASSIGNED = "unassigned";

    public Breach {
        unitId = unitId == null ? UNASSIGNED : unitId;
    }

    String key() {
        return caseId + "|" + kind + "|" + round + "|" + dueAt;
    }
}
