package org.huiying.routing.directory;

import org.huiying.contracts.routing.ForumAccount;
import org.huiying.contracts.routing.UnitKind;

import java.util.ArrayList;
import java.util.List;

/**
 * A responsible unit (责任单位): its kind and parent, its spokesperson (网络发言人), liaison (联络员) and contact, its
 * registered forum accounts (网名备案), and the names a post may address it by besides its own (首问负责).
 * A retired unit stays in the directory so that history keeps its name.
 */
public record Unit(String id, String name, UnitKind kind, String parentId, List<ForumAccount> accounts,
                   String spokesperson, String liaison, String contact, List<String> addressedAs,
                   boolean retired) {

    public Unit {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        addressedAs = addressedAs == null ? List.of() : List.copyOf(addressedAs);
    }

    /** A unit with only its accounts recorded. */
    public Unit(String id, String name, UnitKind kind, String parentId, List<ForumAccount> accounts) {
        this(id, name, kind, parentId, accounts, null, null, null, List.of(), false);
    }

    /** Its own name first, then its other names. */
    public List<String> addressNames() {
        List<String> names = new ArrayList<>();
        names.add(name);
        addressedAs.stream().filter(alias -> !names.contains(alias)).forEach(names::add);
        return names;
    }

    public Unit retire() {
        return new Unit(id, name, kind, parentId, accounts, spokesperson, liaison, contact, addressedAs, true);
    }

    public Unit withAccounts(List<ForumAccount> newAccounts) {
        return new Unit(id, name, kind, parentId, newAccounts, spokesperson, liaison, contact, addressedAs,
                retired);
    }

    public boolean hasAccount(ForumAccount account) {
        return accounts.contains(account);
    }
}
