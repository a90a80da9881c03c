package org.huiying.intake.cases.reply;

import java.time.Instant;

/** A reply in the case's thread by someone other than the netizen, as the case remembers it. */
public record ObservedReply(String postId, String source, String author, String unitId, String body,
                            Instant postedAt, boolean credited) {

    public ObservedReply attributedTo(String unit) {
        return new ObservedReply(postId, source, author, unit, body, postedAt, credited);
    }

    public ObservedReply asCredited() {
        return new ObservedReply(postId, source, author, unitId, body, postedAt, true);
    }

    public boolean isBy(String accountSource, String handle) {
        return source.equals(accountSource) && author.equals(handle);
    }
}
