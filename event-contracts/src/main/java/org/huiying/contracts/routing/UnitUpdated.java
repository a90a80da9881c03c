package org.huiying.contracts.routing;

import org.huiying.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The current state of one unit of the directory, on the compacted topic keyed by unit id: the latest record per
 * unit is the directory entry in force ({@code retired} units stay, so history keeps their names).
 */
public record UnitUpdated(UUID eventId, Instant occurredAt, String unitId,
                          String name, UnitKind kind, String parentUnitId, List<ForumAccount> accounts,
                          boolean retired) implements IntegrationEvent {

    @Override
    public String key() {
        return unitId;
    }
}
