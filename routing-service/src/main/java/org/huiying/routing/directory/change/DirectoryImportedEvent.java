package org.huiying.routing.directory.change;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A directory file was imported (after the unit and rule events it caused); {@code sha256} of its text. */
@Revision("1")
public record DirectoryImportedEvent(String file, String sha256, String changedBy, Instant changedAt) {
}
