package org.huiying.routing.directory;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The directory routing decides by, in memory: restored from the directory's events at start-up and kept current by
 * the projection of each new event. Rules read it on every post, so it must never wait on the database.
 */
public class DirectoryInForce implements Supplier<UnitDirectory> {

    private final AtomicReference<UnitDirectory> current = new AtomicReference<>(UnitDirectory.EMPTY);
    private volatile String importedSha256;

    @Override
    public UnitDirectory get() {
        return current.get();
    }

    public void update(UnaryOperator<UnitDirectory> change) {
        current.updateAndGet(change);
    }

    public void replace(UnitDirectory directory, String sha256) {
        current.set(directory);
        importedSha256 = sha256;
    }

    /** The SHA-256 of the directory file last imported, or null before the first import. */
    public String importedSha256() {
        return importedSha256;
    }

    public void recordImport(String sha256) {
        importedSha256 = sha256;
    }
}
