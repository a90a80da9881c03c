package org.huiying.support.mongo;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits what would be one ever-growing document (a unit's cases, a month's case ids) into a fixed number of
 * smaller documents, each member always in the same one. The Mongo-protocol server rewrites a whole document on every
 * update, so a write then costs in proportion to one bucket instead of the whole set; reading the set stays an exact
 * {@code $in} on {@code _id}. With one bucket the document keeps its plain id, which is the layout before buckets.
 */
public record DocumentBuckets(int count) {

    private static final char SEPARATOR = '#';

    public DocumentBuckets {
        if (count < 1) {
            throw new IllegalArgumentException("at least one bucket, not " + count);
        }
    }

    /** The id of the bucket of {@code documentId} that holds {@code member}. */
    public String bucketOf(String documentId, String member) {
        return count == 1 ? documentId : documentId + SEPARATOR + Math.floorMod(member.hashCode(), count);
    }

    /** The ids of every bucket of {@code documentId}. */
    public List<String> all(String documentId) {
        if (count == 1) {
            return List.of(documentId);
        }
        List<String> ids = new ArrayList<>(count);
        for (int bucket = 0; bucket < count; bucket++) {
            ids.add(documentId + SEPARATOR + bucket);
        }
        return ids;
    }

    /** The document a bucket id belongs to. */
    public String documentOf(String bucketId) {
        int separator = bucketId.lastIndexOf(SEPARATOR);
        return count == 1 || separator < 0 ? bucketId : bucketId.substring(0, separator);
    }
}
