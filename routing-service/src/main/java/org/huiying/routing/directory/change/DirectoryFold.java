package org.huiying.routing.directory.change;

import org.huiying.routing.directory.UnitDirectory;

/**
 * The directory after an event: the aggregate and the directory in force fold the same events the same way. Every
 * unit event carries the whole entry, so applying an event twice changes nothing.
 */
public final class DirectoryFold {

    private DirectoryFold() {
    }

    public static UnitDirectory apply(UnitDirectory directory, Object event) {
        if (event instanceof UnitEvent unitEvent) {
            return directory.with(unitEvent.unit());
        }
        if (event instanceof RoutingRulesReplacedEvent replaced) {
            return directory.withRules(replaced.rules());
        }
        return directory;
    }
}
