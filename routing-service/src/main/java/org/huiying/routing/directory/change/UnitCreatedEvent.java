package org.huiying.routing.directory.change;

import org.axonframework.serialization.Revision;
import org.huiying.routing.directory.Unit;

import java.time.Instant;

@Revision("1")
public record UnitCreatedEvent(Unit unit, String changedBy, Instant changedAt) implements UnitEvent {
}
