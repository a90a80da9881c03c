package org.huiying.routing.directory.change;

import org.axonframework.serialization.Revision;
import org.huiying.contracts.routing.ForumAccount;
import org.huiying.routing.directory.Unit;

import java.time.Instant;

@Revision("1")
public record AccountRegisteredEvent(Unit unit, ForumAccount account, String changedBy, Instant changedAt)
        implements UnitEvent {
}
