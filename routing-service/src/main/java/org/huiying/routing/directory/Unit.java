package org.huiying.routing.directory;

import org.huiying.contracts.routing.ForumAccount;
import org.huiying.contracts.routing.UnitKind;

import java.util.List;

/** A responsible unit (责任单位) and its registered forum accounts (网名备案). */
public record Unit(String id, String name, UnitKind kind, String parentId, List<ForumAccount> accounts) {
}
