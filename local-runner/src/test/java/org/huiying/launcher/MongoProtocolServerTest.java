package org.huiying.launcher;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MongoProtocolServerTest {

    @Test
    void keepsDataAcrossRestarts(@TempDir Path dir) {
        Path file = dir.resolve("mongo/huiying.mv");
        new DataDirectory(dir).create();
        int port = Ports.freePort();

        MongoProtocolServer server = new MongoProtocolServer(file, port, 64);
        server.start();
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            collection(client).insertOne(new Document("_id", "case-1").append("title", "孝丰红绿灯"));
        } finally {
            server.close();
        }

        MongoProtocolServer again = new MongoProtocolServer(file, port, 64);
        again.start();
        try (MongoClient client = MongoClients.create(again.connectionString())) {
            Document found = collection(client).find(new Document("_id", "case-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("title")).isEqualTo("孝丰红绿灯");
        } finally {
            again.close();
        }
    }

    @Test
    void refusesATakenPort(@TempDir Path dir) {
        int port = Ports.freePort();
        MongoProtocolServer first = new MongoProtocolServer(dir.resolve("a.mv"), port, 16);
        first.start();
        try {
            assertThat(Ports.isFree(port)).isFalse();
            assertThatThrownBy(() -> Ports.requireFree(port, "MongoDB", "--mongo-port"))
                    .isInstanceOf(StartupException.class).hasMessageContaining("--mongo-port");
            MongoProtocolServer second = new MongoProtocolServer(dir.resolve("b.mv"), port, 16);
            assertThatThrownBy(second::start).isInstanceOf(StartupException.class);
        } finally {
            first.close();
        }
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("huiying").getCollection("cases");
    }
}
