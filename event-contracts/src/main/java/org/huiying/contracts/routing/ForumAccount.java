package org.huiying.contracts.routing;

/** 网名备案: a forum handle registered by a unit; a reply written by it is that unit's response. */
public record ForumAccount(String source, String handle) {
}
