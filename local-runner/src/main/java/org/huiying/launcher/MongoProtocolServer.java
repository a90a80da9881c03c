package org.huiying.launcher;

import de.bwaldvogel.mongo.MongoServer;
import org.huiying.launcher.store.GroupCommit;
import org.huiying.launcher.store.KeyOrderedH2Backend;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * An in-process MongoDB wire-protocol server (mongo-java-server) whose data lives in one H2 MVStore file. No
 * transactions, sessions or secondary indexes (unique indexes are enforced). A write is acknowledged only once it is
 * in the file ({@link GroupCommit}), so it survives a kill -9 or a power cut; {@link #close()} flushes the file.
 */
public final class MongoProtocolServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoProtocolServer.class);

    private final Path file;
    private final int port;
    private final int cacheMb;
    private final boolean fsync;
    private MongoServer server;

    /**
     * @param cacheMb the MVStore page cache; H2's default of 16 MB makes collection scans many times slower once
     *                collections hold tens of thousands of documents
     */
    public MongoProtocolServer(Path file, int port, int cacheMb) {
        this(file, port, cacheMb, false);
    }

    /**
     * Each write is answered only once it is in the file (decision 0007).
     *
     * @param fsync also force it to the disk before answering (a power cut), not only to the operating system (the
     *              death of any process)
     */
    public MongoProtocolServer(Path file, int port, int cacheMb, boolean fsync) {
        this.file = file.toAbsolutePath();
        this.port = port;
        this.cacheMb = cacheMb;
        this.fsync = fsync;
    }

    public synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        MVStore store;
        try {
            store = new MVStore.Builder().fileName(file.toString()).cacheSize(cacheMb).open();
        } catch (RuntimeException e) {
            throw new StartupException("cannot open the Mongo data file " + file + " (" + e.getMessage()
                    + "). Is another Huiying using this data directory?", e);
        }
        KeyOrderedH2Backend backend = new KeyOrderedH2Backend(store, new GroupCommit(store, fsync));
        MongoServer candidate = new MongoServer(backend);
        try {
            candidate.bind(Ports.HOST, port);
        } catch (Exception e) { // Netty throws java.net.BindException without declaring it
            candidate.shutdownNow(); // also closes the store
            throw new StartupException("cannot listen on " + Ports.HOST + ":" + port + " for the Mongo server: "
                    + e.getMessage(), e);
        }
        server = candidate;
        log.info("Mongo-protocol server on {}:{} with {} (cache {} MB)", Ports.HOST, port, file, cacheMb);
    }

    public String connectionString() {
        return "mongodb://" + Ports.HOST + ":" + port;
    }

    public Path file() {
        return file;
    }

    /** Closes client connections, then the H2 store (which writes everything pending to the file). */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdownNow();
            server = null;
            log.info("Mongo-protocol server stopped; {} closed", file);
        }
    }
}
