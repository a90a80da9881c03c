package org.huiying.reporting.casefacts;

import java.time.Instant;
import java.util.Comparator;

/**
 * One event of a case as reporting keeps it: its id, what it says, when it happened, the unit it names, its one
 * coded value (the satisfaction, the deadline kind, the escalation step, or {@code kind/severity}) and the event id
 * of an earlier fact it takes back ({@code takesBack}: a verdict it replaces, a ladder step it withdraws), if any.
 */
public record CaseFact(String eventId, FactType type, Instant at, String unitId, String code, String takesBack) {

    public CaseFact(String eventId, FactType type, Instant at, String unitId, String code) {
        this(eventId, type, at, unitId, code, null);
    }

    /** Event time, then event id: the same facts always fold in the same order, whatever order they arrived in. */
    public static final Comparator<CaseFact> CHRONOLOGICAL =
            Comparator.comparing(CaseFact::at).thenComparing(CaseFact::eventId);
}
