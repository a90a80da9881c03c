package org.huiying.intake.directory;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.huiying.contracts.routing.ForumAccount;
import org.huiying.contracts.routing.UnitUpdated;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Intake's copy of the unit directory (网名备案), from {@code routing.units.v1}: {@code units} per unit id, and
 * {@code unit_accounts} per forum account ({@code <source>|<handle>} → unit id), both read by key only. A retired
 * unit's accounts no longer count.
 */
@Repository
public class RegisteredAccounts {

    private final MongoCollection<Document> units;
    private final MongoCollection<Document> accounts;

    public RegisteredAccounts(MongoDatabase serviceDatabase) {
        this.units = serviceDatabase.getCollection("units");
        this.accounts = serviceDatabase.getCollection("unit_accounts");
    }

    static String key(String source, String handle) {
        return source + "|" + handle;
    }

    /** The unit whose registered account this is, if any. */
    public Optional<String> unitOf(String source, String handle) {
        return Optional.ofNullable(accounts.find(Filters.eq("_id", key(source, handle))).first())
                .map(doc -> doc.getString("unitId"));
    }

    public Optional<String> nameOf(String unitId) {
        return Optional.ofNullable(units.find(Filters.eq("_id", unitId)).first())
                .map(doc -> doc.getString("name"));
    }

    /**
     * Applies a directory entry unless a newer one of the same unit is already applied; returns the accounts the
     * unit holds now (empty when retired).
     */
    public List<ForumAccount> apply(UnitUpdated unit) {
        Document current = units.find(Filters.eq("_id", unit.unitId())).first();
        if (current != null && current.getDate("occurredAt").toInstant().isAfter(unit.occurredAt())) {
            return accountsOf(current);
        }
        List<ForumAccount> now = unit.retired() || unit.accounts() == null ? List.of() : unit.accounts();
        if (current != null) {
            for (ForumAccount old : accountsOf(current)) {
                if (!now.contains(old)) {
                    accounts.deleteOne(Filters.and(Filters.eq("_id", key(old.source(), old.handle())),
                            Filters.eq("unitId", unit.unitId())));
                }
            }
        }
        for (ForumAccount account : now) {
            accounts.updateOne(Filters.eq("_id", key(account.source(), account.handle())),
                    Updates.set("unitId", unit.unitId()), new UpdateOptions().upsert(true));
        }
        List<Document> stored = new ArrayList<>();
        now.forEach(account -> stored.add(new Document("source", account.source())
                .append("handle", account.handle())));
        units.replaceOne(Filters.eq("_id", unit.unitId()), new Document("_id", unit.unitId())
                        .append("name", unit.name()).append("retired", unit.retired()).append("accounts", stored)
                        .append("occurredAt", Date.from(unit.occurredAt())),
                new ReplaceOptions().upsert(true));
        return now;
    }

    private static List<ForumAccount> accountsOf(Document unit) {
        List<ForumAccount> list = new ArrayList<>();
        for (Document account : unit.getList("accounts", Document.class, List.of())) {
            list.add(new ForumAccount(account.getString("source"), account.getString("handle")));
        }
        return list;
    }
}
