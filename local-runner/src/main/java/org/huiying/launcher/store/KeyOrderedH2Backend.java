package org.huiying.launcher.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * mongo-java-server's H2 backend with unique indexes whose keys compare by value ({@link ValueOrderedIndexMaps}).
 * The stock backend keeps index keys in maps that compare them by their Java serialization, two serializations per
 * comparison; with 100k documents that was about a third of the whole system's CPU time. Documents, collections and
 * map names are the stock backend's, so a data file written by it opens here (its indexes are reordered once).
 */
public class KeyOrderedH2Backend extends H2Backend {

    public KeyOrderedH2Backend(MVStore store) {
        super(store);
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
