package org.huiying.routing.assignment;

/** Why a case is flagged as a problem case for the office (提级督办). */
public enum ProblemCause {
    /** Returned or transferred too often. */
    HANDOVERS("handovers"),
    /** Waited in triage without a lead unit for too long. */
    NO_LEAD("no-lead");

    private final String wireName;

    ProblemCause(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
