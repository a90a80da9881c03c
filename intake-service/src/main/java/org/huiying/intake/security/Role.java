package org.huiying.intake.security;

/** What a user of intake may do. */
public enum Role {
    /** 舆情办: enters and classifies cases, rates answers, confirms implementation, approves or returns drafts. */
    OFFICE,
    /** A unit's spokesperson or liaison, bound to one unit: acts only on cases assigned to that unit. */
    UNIT,
    /** Reads cases, timelines and archives. */
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
