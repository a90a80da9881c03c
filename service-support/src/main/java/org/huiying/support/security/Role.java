package org.huiying.support.security;

/** What a user may do, in every service; each service's {@link AccessRules} say which role each write needs. */
public enum Role {
    /**
     * 舆情办: enters, classifies, dispatches and transfers cases, keeps the unit directory, the calendar and the
     * reports, rates answers, confirms implementation, approves or returns drafts, and may act for any unit.
     */
    OFFICE,
    /** A unit's spokesperson or liaison, bound to one unit: acts only on cases assigned to that unit. */
    UNIT,
    /** Reads cases, timelines, deadlines and archives. */
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
