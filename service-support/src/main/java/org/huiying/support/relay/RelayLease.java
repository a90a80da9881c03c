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

    public RelayLease(MongoDatabase database, String owner, Duration duration, Clock clock) {
        this.leases = database.getCollection(COLLECTION);
        this.owner = owner;
        this.duration = duration;
        this.clock = clock;
    }

    /** Takes or renews the lease; true while this instance holds it. */
    public boolean acquire() {
        Date now = Date.from(clock.instant());
        Date until = Date.from(clock.instant().plus(duration));
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

    public void release() {
        leases.deleteOne(new Document("_id", LEASE_ID).append("owner", owner));
    }
}
