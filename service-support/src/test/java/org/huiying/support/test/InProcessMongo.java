package org.huiying.support.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;

/** The Mongo-protocol server in the test's JVM, on a free port, reached over TCP by the real driver. */
public final class InProcessMongo {

    private final MongoServer server;
    private final InetSocketAddress address;

    private InProcessMongo() {
        server = new MongoServer(new MemoryBackend());
        address = server.bind();
    }

    public static InProcessMongo start() {
        // No shutdown hook: the services under test close their clients first, and the JVM ends with them.
        return new InProcessMongo();
    }

    public String uri() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    public void stop() {
        server.shutdownNow();
    }
}
