package org.huiying.intake.cases;

import org.huiying.intake.cases.reply.ObservedReply;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The posts of a case's thread the case has seen, and the replies of others with whether they were credited. */
final class ThreadPosts {

    private final Set<String> postIds = new HashSet<>();
    private final Map<String, ObservedReply> replies = new LinkedHashMap<>();

    boolean contains(String postId) {
        return postIds.contains(postId);
    }

    void add(String postId) {
        postIds.add(postId);
    }

    void record(ObservedReply reply) {
        postIds.add(reply.postId());
        replies.put(reply.postId(), reply);
    }

    ObservedReply reply(String postId) {
        return replies.get(postId);
    }

    boolean hasUnattributedRepliesBy(String source, String author) {
        return replies.values().stream().anyMatch(reply -> reply.unitId() == null && reply.isBy(source, author));
    }

    void attribute(String source, String author, String unitId) {
        replies.replaceAll((postId, reply) -> reply.unitId() == null && reply.isBy(source, author)
                ? reply.attributedTo(unitId) : reply);
    }

    /** Replies of registered accounts not yet credited, oldest first. */
    List<String> waitingForCredit() {
        return replies.values().stream().filter(reply -> !reply.credited() && reply.unitId() != null)
                .sorted(Comparator.comparing(ObservedReply::postedAt)).map(ObservedReply::postId).toList();
    }

    void markCredited(String postId) {
        if (postId != null) {
            replies.computeIfPresent(postId, (id, reply) -> reply.asCredited());
        }
    }
}
