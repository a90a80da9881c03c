package org.huiying.launcher.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens an index map ordered by {@link KeyValueType}. A map's order is fixed when it is written, so the store
 * records which maps are value-ordered; a map the stock backend wrote is copied into value order once, under a
 * temporary name that is renamed into place only when complete, so an interrupted copy is simply done again.
 */
final class ValueOrderedIndexMaps {

    static final String REGISTRY = "huiying.value-ordered-indexes";
    private static final String VALUE_ORDER = "value";
    private static final String REORDERING = ".reordering";
    private static final Logger log = LoggerFactory.getLogger(ValueOrderedIndexMaps.class);

    private ValueOrderedIndexMaps() {
    }

    static MVMap<KeyValue, Object> open(MVStore store, String name) {
        MVMap<String, String> registry = store.openMap(REGISTRY);
        if (!VALUE_ORDER.equals(registry.get(name))) {
            if (store.hasMap(name)) {
                reorder(store, name);
            } else if (store.hasMap(name + REORDERING)) {
                store.renameMap(orderedMap(store, name + REORDERING), name);
            }
            registry.put(name, VALUE_ORDER);
        }
        return orderedMap(store, name);
    }

    private static void reorder(MVStore store, String name) {
        MVMap<KeyValue, Object> written = store.openMap(name);
        MVMap<KeyValue, Object> ordered = orderedMap(store, name + REORDERING);
        ordered.clear();
        written.forEach(ordered::put);
        log.info("index {}: {} keys put in value order", name, ordered.sizeAsLong());
        store.removeMap(written);
        store.renameMap(ordered, name);
    }

    private static MVMap<KeyValue, Object> orderedMap(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType()));
    }
}
