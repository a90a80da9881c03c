package org.huiying.routing.directory.change;

import jakarta.annotation.PostConstruct;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.huiying.routing.directory.DirectoryFile;
import org.huiying.routing.directory.DirectoryInForce;
import org.huiying.routing.directory.UnitDirectory;
import org.huiying.routing.directory.change.DirectoryCommands.ImportDirectoryCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Iterator;

/**
 * At start-up: restores the directory in force from the directory's stored events, and imports the configured file
 * when its text differs from the file imported last — so a changed file takes effect on restart while changes made
 * over REST survive a restart with the same file (docs/decisions/0051).
 */
@Component
public class DirectoryLoader {

    static final String START_UP = "start-up 启动导入";
    private static final Logger log = LoggerFactory.getLogger(DirectoryLoader.class);

    private final DirectoryFile file;
    private final DirectoryInForce inForce;
    private final EventStorageEngine storage;
    private final CommandGateway commands;
    private final Clock clock;

    public DirectoryLoader(DirectoryFile configuredDirectoryFile, DirectoryInForce inForce,
                           EventStorageEngine storage, CommandGateway commands, Clock clock) {
        this.file = configuredDirectoryFile;
        this.inForce = inForce;
        this.storage = storage;
        this.commands = commands;
        this.clock = clock;
    }

    @PostConstruct
    void restore() {
        UnitDirectory stored = UnitDirectory.EMPTY;
        String storedSha256 = null;
        Iterator<? extends DomainEventMessage<?>> events = storage.readEvents(DirectoryCommands.DIRECTORY_ID);
        while (events.hasNext()) {
            Object payload = events.next().getPayload();
            stored = DirectoryFold.apply(stored, payload);
            if (payload instanceof DirectoryImportedEvent imported) {
                storedSha256 = imported.sha256();
            }
        }
        if (file.sha256().equals(storedSha256)) {
            inForce.replace(stored, storedSha256);
        } else {
            inForce.replace(file.directory(), storedSha256);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    public void importChangedFile() {
        if (file.sha256().equals(inForce.importedSha256())) {
            return;
        }
        log.info("Importing the unit directory {} ({} units, {} rules)", file.name(),
                file.directory().units().size(), file.directory().rules().size());
        commands.sendAndWait(new ImportDirectoryCommand(DirectoryCommands.DIRECTORY_ID, file.directory(),
                file.name(), file.sha256(), START_UP, clock.instant()));
    }
}
