package org.huiying.system;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the repository from the module's working directory. */
final class ProjectFiles {

    private ProjectFiles() {
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Not inside the Huiying repository");
        }
        return dir;
    }
}
