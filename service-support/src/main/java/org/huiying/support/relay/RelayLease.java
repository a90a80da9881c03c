package org.huiying.support.relay;

import com.mongodb.MongoWriteException;
import com.mongodb.ErrorCategory;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Lets one instance of a service relay at a time: the holder renews a lease document, another instance takes over
 * when it expires.
 */
public class RelayLease {

    static final String COLLECTION = "relay_lease";
    private static final String LEASE_ID = "relay";

    private final MongoCollection<Document> leases;
    private final String owner;
    private final Duration duration;
    private final Clock clock;
    private Instant heldUntil;

    public RelayLease(MongoDatabase database, String owner, Duration duration, Clock clock) {
        this.leases = database.getCollection(COLLECTION);
        this.owner = owner;
        this.duration = duration;
        this.clock = clock;
    }

    /**
     * Takes or renews the lease; true while this instance holds it. A lease held for less than half its duration is
     * not renewed, so a busy relay does not pay two round trips per cycle for it.
     */
    public synchronized boolean acquire() {
        Instant instant = clock.instant();
        if (heldUntil != null && instant.isBefore(heldUntil.minus(duration.dividedBy(2)))) {
            return true;
        }
        heldUntil = null;
        boolean held = takeOrRenew(instant);
        if (held) {
            heldUntil = instant.plus(duration);
        }
        return held;
    }

    private boolean takeOrRenew(Instant instant) {
        Date now = Date.from(instant);
        Date until = Date.from(instant.plus(duration));
        Document current = leases.find(Filters.eq("_id", LEASE_ID)).first();
        if (current == null) {
            try {
                leases.insertOne(new Document("_id", LEASE_ID).append("owner", owner).append("until", until));
                return true;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return false;
                }
                throw e;
            }
        }
        boolean mine = owner.equals(current.getString("owner"));
        if (!mine && current.getDate("until").after(now)) {
            return false;
        }
        return leases.updateOne(new Document("_id", LEASE_ID).append("owner", current.getString("owner"))
                        .append("until", current.getDate("until")),
                Updates.combine(Updates.set("owner", owner), Updates.set("until", until))).getMatchedCount() == 1;
    }

    public synchronized void release() {
        heldUntil = null;
        leases.deleteOne(new Document("_id", LEASE_ID).append("owner", owner));
    }
}
