package org.huiying.routing.directory.change;

import org.huiying.routing.directory.Unit;

import java.time.Instant;

/** A change of one unit of the directory; carries the unit's whole entry after the change. */
public interface UnitEvent {

    Unit unit();

    String changedBy();

    Instant changedAt();
}
