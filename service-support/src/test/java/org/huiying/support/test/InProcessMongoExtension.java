package org.huiying.support.test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.UUID;

/**
 * For tests of a store class against the Mongo-protocol server: the server and a real driver client for the test
 * class, and a fresh database per test. Register it as
 * {@code @RegisterExtension static final InProcessMongoExtension MONGO = new InProcessMongoExtension();}.
 */
public final class InProcessMongoExtension implements BeforeAllCallback, AfterAllCallback {

    private InProcessMongo mongo;
    private MongoClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        mongo = InProcessMongo.start();
        client = MongoClients.create(mongo.uri());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        mongo.stop();
    }

    /** An empty database of its own, named {@code <prefix>-<random>}. */
    public MongoDatabase freshDatabase(String prefix) {
        return client.getDatabase(prefix + "-" + UUID.randomUUID());
    }
}
