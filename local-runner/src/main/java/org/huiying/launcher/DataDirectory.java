package org.huiying.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The launcher's data directory: {@code kafka/} (broker storage), {@code mongo/} (the H2 file of the
 * MongoDB-protocol server), {@code logs/} (one log per process) and {@code tmp/} (temporary files of every JVM).
 */
public record DataDirectory(Path root) {

    public DataDirectory {
        root = root.toAbsolutePath().normalize();
    }

    public Path kafka() {
        return root.resolve("kafka");
    }

    public Path mongo() {
        return root.resolve("mongo");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path tmp() {
        return root.resolve("tmp");
    }

    public Path mongoFile() {
        return mongo().resolve("huiying.mv");
    }

    public Path log(String name) {
        return logs().resolve(name + ".log");
    }

    /** Creates the directory and its sub-directories if they are missing. */
    public DataDirectory create() {
        try {
            for (Path dir : new Path[] {root, kafka(), mongo(), logs(), tmp()}) {
                Files.createDirectories(dir);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + root, e);
        }
    }
}
