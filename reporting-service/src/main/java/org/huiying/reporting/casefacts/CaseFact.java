package org.huiying.reporting.casefacts;

import java.time.Instant;
import java.util.Comparator;

/**
 * One event of a case as reporting keeps it: its id, what it says, when it happened, the unit it names and its one
 * coded value (the satisfaction, the deadline kind, the escalation step, or {@code kind/severity}).
 */
public record CaseFact(String eventId, FactType type, Instant at, String unitId, String code) {

    /** Event time, then event id: the same facts always fold in the same order, whatever order they arrived in. */
    public static final Comparator<CaseFact> CHRONOLOGICAL =
            Comparator.comparing(CaseFact::at).thenComparing(CaseFact::eventId);
}
