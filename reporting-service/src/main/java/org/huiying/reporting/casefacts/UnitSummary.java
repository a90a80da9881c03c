package org.huiying.reporting.casefacts;

/** A unit's case counts: received (受理), still open (未办结) and overdue (超期). */
public record UnitSummary(String unitId, String unitName, int received, int open, int overdue) {

    public static UnitSummary empty(String unitId, String unitName) {
        return new UnitSummary(unitId, unitName, 0, 0, 0);
    }

    public UnitSummary named(String name) {
        return new UnitSummary(unitId, name, received, open, overdue);
    }
}
