package org.huiying.launcher.store;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What survives when the process dies right after a write was answered (the store closed without writing what it
 * holds in memory, as kill -9 leaves it): every write that waited for the file, and every write answered before it.
 */
class DurableWritesTest {

    private static final WriteConcern IN_MEMORY = WriteConcern.W1.withJournal(false);

    @Test
    void shouldKeepEveryWriteAnsweredBeforeOneThatWaitedForTheFile(@TempDir Path dir) {
        Path file = dir.resolve("huiying.mv");
        // given writes answered from memory, then one that waits for the file
        crashAfter(file, client -> {
            cases(client, IN_MEMORY).insertOne(new Document("_id", "anji-bbs:t-1").append("title", "孝丰红绿灯"));
            cases(client, IN_MEMORY).updateOne(new Document("_id", "anji-bbs:t-1"),
                    new Document("$set", new Document("status", "acknowledged")));
            cases(client, WriteConcern.JOURNALED).insertOne(new Document("_id", "anji-bbs:t-2"));
        });

        // then all three are in the file
        List<Document> stored = storedIn(file);
        assertThat(stored).extracting(doc -> doc.getString("_id")).containsExactly("anji-bbs:t-1", "anji-bbs:t-2");
        assertThat(stored.get(0).getString("status")).isEqualTo("acknowledged");
    }

    @Test
    void shouldKeepAWriteOfTheDefaultConcernWithoutAnyOtherWrite(@TempDir Path dir) {
        Path file = dir.resolve("huiying.mv");
        crashAfter(file, client -> cases(client, WriteConcern.ACKNOWLEDGED)
                .insertOne(new Document("_id", "anji-bbs:t-3")));

        assertThat(storedIn(file)).extracting(doc -> doc.getString("_id")).containsExactly("anji-bbs:t-3");
    }

    @Test
    void shouldAnswerAWriteThatAsksNotToWaitBeforeItIsInTheFile(@TempDir Path dir) {
        Path file = dir.resolve("huiying.mv");
        crashAfter(file, client -> cases(client, IN_MEMORY).insertOne(new Document("_id", "anji-bbs:t-4")));

        assertThat(storedIn(file)).isEmpty();
    }

    /** Runs the writes against a group-committing server, then drops the store without storing what is in memory. */
    private static void crashAfter(Path file, Consumer<MongoClient> writes) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        MongoServer server = new MongoServer(new KeyOrderedH2Backend(store, new GroupCommit(store, false)));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            writes.accept(client);
        } finally {
            store.closeImmediately();
            server.shutdownNow();
        }
    }

    private static List<Document> storedIn(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        MongoServer server = new MongoServer(new KeyOrderedH2Backend(store));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            return cases(client, WriteConcern.ACKNOWLEDGED).find().sort(new Document("_id", 1))
                    .into(new java.util.ArrayList<>());
        } finally {
            server.shutdownNow();
        }
    }

    private static MongoCollection<Document> cases(MongoClient client, WriteConcern concern) {
        return client.getDatabase("huiying_intake").getCollection("case_summaries").withWriteConcern(concern);
    }
}
