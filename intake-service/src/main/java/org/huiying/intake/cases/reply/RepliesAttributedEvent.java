package org.huiying.intake.cases.reply;

import org.axonframework.serialization.Revision;

/** Replies of a forum account recorded before the account was known to be registered are attributed to its unit. */
@Revision("1")
public record RepliesAttributedEvent(String caseId, String source, String author, String unitId) {
}
