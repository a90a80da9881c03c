package org.huiying.contracts.routing;

import org.huiying.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The current state of one unit of the directory, on the compacted topic keyed by unit id: the latest record per
 * unit is the directory entry in force ({@code retired} units stay, so history keeps their names). The unit's
 * spokesperson (网络发言人), liaison (联络员) and contact are null when the directory does not record them.
 */
public record UnitUpdated(UUID eventId, Instant occurredAt, String unitId,
                          String name, UnitKind kind, String parentUnitId, List<ForumAccount> accounts,
                          boolean retired, String spokesperson, String liaison, String contact)
        implements IntegrationEvent {

    /** A unit without spokesperson, liaison or contact recorded. */
    public UnitUpdated(UUID eventId, Instant occurredAt, String unitId, String name, UnitKind kind,
                       String parentUnitId, List<ForumAccount> accounts, boolean retired) {
        this(eventId, occurredAt, unitId, name, kind, parentUnitId, accounts, retired, null, null, null);
    }

    @Override
    public String key() {
        return unitId;
    }
}
