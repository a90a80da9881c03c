package org.huiying.launcher.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * mongo-java-server's H2 backend with unique indexes whose keys compare by value ({@link ValueOrderedIndexMaps}).
 * The stock backend keeps index keys in maps that compare them by their Java serialization, two serializations per
 * comparison; with 100k documents that was about a third of the whole system's CPU time. Documents, collections and
 * map names are the stock backend's, so a data file written by it opens here (its indexes are reordered once).
 * With a {@link GroupCommit}, a write command is answered only once it is in the file (decision 0007), unless its
 * write concern says {@code j: false}: such a write is in the file with the next one that waits (decision 0073).
 */
public class KeyOrderedH2Backend extends H2Backend {

    /** The commands that change data: each is acknowledged only once it is in the file. */
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

    private final GroupCommit commits;

    public KeyOrderedH2Backend(MVStore store) {
        this(store, null);
    }

    /** @param commits makes each write durable before it is acknowledged; null: H2's own commit about once a second */
    public KeyOrderedH2Backend(MVStore store, GroupCommit commits) {
        super(store);
        this.commits = commits;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document result = super.handleCommand(channel, databaseName, command, query);
        if (commits != null && WRITES.contains(command.toLowerCase(Locale.ROOT)) && waitsForTheFile(query)) {
            commits.awaitDurable();
        }
        return result;
    }

    /**
     * Every write waits unless it asks not to, as MongoDB's {@code j: false} (acknowledged once applied in memory);
     * one commit writes the changes of every client in the order they were applied, so the next write that waits
     * makes the ones before it durable too.
     */
    static boolean waitsForTheFile(Document command) {
        Object concern = command.get("writeConcern");
        if (!(concern instanceof Document writeConcern)) {
            return true;
        }
        boolean unacknowledged = writeConcern.get("w") instanceof Number w && w.intValue() == 0;
        return !Boolean.FALSE.equals(writeConcern.get("j")) && !unacknowledged;
    }

    @Override
    public void close() {
        if (commits != null) {
            commits.close();
        }
        super.close();
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new KeyOrderedDatabase(databaseName);
    }

    /**
     * Not static on purpose: {@link H2Database}'s constructor opens the existing indexes before any field of a
     * subclass is assigned, and an inner class reaches the store through its enclosing instance, which is set first.
     */
    private final class KeyOrderedDatabase extends H2Database {

        KeyOrderedDatabase(String databaseName) {
            super(databaseName, KeyOrderedH2Backend.this.getMvStore(), KeyOrderedH2Backend.this.getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            // the stock backend's map name, so that dropping a collection or an index removes this map as before
            String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
            return new ValueOrderedUniqueIndex(ValueOrderedIndexMaps.open(KeyOrderedH2Backend.this.getMvStore(),
                    mapName), indexName, keys, sparse);
        }
    }
}
