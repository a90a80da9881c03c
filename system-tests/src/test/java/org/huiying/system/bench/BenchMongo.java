package org.huiying.system.bench;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Mongo-protocol server (mongo-java-server) in this JVM on a free port, either in memory or on an H2 MVStore
 * file opened the way the launcher opens it (same page cache). The H2 file is deleted first: every run starts empty.
 * <p>
 * The H2 backend and the launcher are dependencies of the {@code bench} profile only, so the backend is loaded by
 * name here; the default build compiles this package without it.
 */
final class BenchMongo implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;
    private final Path file;

    private final MongoOpStats stats = new MongoOpStats();

    private BenchMongo(MongoBackend backend, Path file) {
        this.server = new MongoServer(stats.wrap(backend));
        server.bind("127.0.0.1", 0);
        this.address = server.getLocalAddress();
        this.file = file;
    }

    static BenchMongo start(BenchSettings settings) {
        if (settings.backend().equals("memory")) {
            return new BenchMongo(new MemoryBackend(), null);
        }
        Path file = settings.dataDir().resolve("huiying-bench.mv.db");
        try {
            Files.createDirectories(settings.dataDir());
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BenchMongo(h2Backend(file, settings.h2CacheMb()), file);
    }

    /**
     * {@code new KeyOrderedH2Backend(new MVStore.Builder().fileName(file).cacheSize(cacheMb).open())}, as the
     * launcher does.
     */
    /** As the launcher: every write in the file before it is acknowledged; -Dbench.mongo.groupCommit=false: H2's own. */
    private static final boolean GROUP_COMMIT = Boolean.parseBoolean(
            System.getProperty("bench.mongo.groupCommit", "true"));

    /** -Dbench.mongo.fsync=true: each commit also forced to the disk (HUIYING_MONGO_FSYNC=true in the launcher). */
    private static final boolean FSYNC = Boolean.parseBoolean(System.getProperty("bench.mongo.fsync", "false"));

    private static MongoBackend h2Backend(Path file, int cacheMb) {
        try {
            Class<?> builderType = Class.forName("org.h2.mvstore.MVStore$Builder");
            Object builder = builderType.getConstructor().newInstance();
            builder = builderType.getMethod("fileName", String.class).invoke(builder, file.toString());
            builder = builderType.getMethod("cacheSize", int.class).invoke(builder, cacheMb);
            Object store = builderType.getMethod("open").invoke(builder);
            Class<?> storeType = Class.forName("org.h2.mvstore.MVStore");
            Class<?> commitType = Class.forName("org.huiying.launcher.store.GroupCommit");
            Object commits = GROUP_COMMIT ? commitType.getConstructor(storeType, boolean.class)
                    .newInstance(store, FSYNC) : null;
            Class<?> backendType = Class.forName("org.huiying.launcher.store.KeyOrderedH2Backend");
            return (MongoBackend) backendType.getConstructor(storeType, commitType).newInstance(store, commits);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The H2 backend is not on the classpath: run the benchmark with -Pbench", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot open the H2 store " + file, e);
        }
    }

    MongoOpStats stats() {
        return stats;
    }

    String uri() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    /** Size of the H2 file in bytes, or -1 in memory. */
    long fileSize() {
        try {
            return file == null || !Files.exists(file) ? -1 : Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
