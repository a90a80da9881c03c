package org.huiying.launcher.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import org.h2.mvstore.type.ObjectDataType;

/**
 * Index keys stored exactly as H2 stores any object, but compared by their values, field by field, with
 * mongo-java-server's own BSON ordering, instead of by comparing their Java serializations.
 */
final class KeyValueType extends ObjectDataType {

    private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue first && b instanceof KeyValue second) {
            return compare(first, second);
        }
        return super.compare(a, b);
    }

    private static int compare(KeyValue first, KeyValue second) {
        int common = Math.min(first.size(), second.size());
        for (int i = 0; i < common; i++) {
            int order = VALUES.compare(first.get(i), second.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(first.size(), second.size());
    }
}
