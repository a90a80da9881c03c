package org.huiying.routing.directory.change;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.huiying.routing.directory.DirectoryInForce;
import org.springframework.stereotype.Component;

/** Keeps the directory in force current with each change of the directory. */
@Component
@ProcessingGroup("directory-in-force")
public class DirectoryProjection {

    private final DirectoryInForce inForce;

    public DirectoryProjection(DirectoryInForce inForce) {
        this.inForce = inForce;
    }

    @EventHandler
    void on(UnitEvent event) {
        inForce.update(directory -> DirectoryFold.apply(directory, event));
    }

    @EventHandler
    void on(RoutingRulesReplacedEvent event) {
        inForce.update(directory -> DirectoryFold.apply(directory, event));
    }

    @EventHandler
    void on(DirectoryImportedEvent event) {
        inForce.recordImport(event.sha256());
    }
}
