package org.huiying.launcher.store;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded store's indexes in value order: the same answers as the stock H2 backend, on new and old files. */
class KeyOrderedH2BackendTest {

    private static final int EVENTS_PER_CASE = 5;

    @Test
    void shouldFindEveryEventByItsKeyAndRefuseADuplicateAfterARestart(@TempDir Path dir) {
        Path file = dir.resolve("huiying.mv");
        withServer(file, KeyOrderedH2Backend::new, this::storeCasesWithEvents);

        withServer(file, KeyOrderedH2Backend::new, client -> {
            assertEveryEventFoundByKey(client);
            assertDuplicateRefused(client);
        });
    }

    @Test
    void shouldKeepAnsweringFromAFileTheStockBackendWrote(@TempDir Path dir) {
        // given a data file written by the stock H2 backend
        Path file = dir.resolve("huiying.mv");
        withServer(file, H2Backend::new, this::storeCasesWithEvents);

        // when it is opened with value-ordered indexes, twice
        withServer(file, KeyOrderedH2Backend::new, this::assertEveryEventFoundByKey);
        assertBothIndexesReorderedInPlace(file);
        withServer(file, KeyOrderedH2Backend::new, client -> {
            // then
            assertEveryEventFoundByKey(client);
            assertDuplicateRefused(client);
            events(client).insertOne(event("anji-bbs:t-5000", 0));
            assertThat(events(client).find(key("anji-bbs:t-5000", 0)).first()).isNotNull();
        });
    }

    @Test
    void shouldStartEmptyWhenACollectionIsDroppedAndWrittenAgain(@TempDir Path dir) {
        withServer(dir.resolve("huiying.mv"), KeyOrderedH2Backend::new, client -> {
            storeCasesWithEvents(client);
            events(client).drop();
            events(client).createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"),
                    new IndexOptions().unique(true));

            events(client).insertOne(event("anji-bbs:t-1000", 0));

            assertThat(events(client).countDocuments()).isEqualTo(1);
            assertThat(events(client).find(key("anji-bbs:t-1000", 0)).first()).isNotNull();
        });
    }

    @Test
    void shouldTreatTheSameNumberAsTheSameKeyWhateverItsJavaType(@TempDir Path dir) {
        withServer(dir.resolve("huiying.mv"), KeyOrderedH2Backend::new, client -> {
            storeCasesWithEvents(client);

            Document byInt = events(client).find(new Document("aggregateIdentifier", "anji-bbs:t-1003")
                    .append("sequenceNumber", 2)).first();

            assertThat(byInt).isNotNull();
            assertThat(byInt.getString("payload")).isEqualTo("anji-bbs:t-1003 #2");
        });
    }

    private static void assertBothIndexesReorderedInPlace(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        try {
            assertThat(store.<String, String>openMap(ValueOrderedIndexMaps.REGISTRY).keySet())
                    .filteredOn(name -> name.startsWith("huiying_intake.domainevents._index_")).hasSize(2);
            assertThat(store.getMapNames()).noneMatch(name -> name.endsWith(".reordering"));
        } finally {
            store.close();
        }
    }

    private void storeCasesWithEvents(MongoClient client) {
        events(client).createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"),
                new IndexOptions().unique(true));
        List<Document> batch = new ArrayList<>();
        for (int c = 0; c < 200; c++) {
            for (int sequence = 0; sequence < EVENTS_PER_CASE; sequence++) {
                batch.add(event("anji-bbs:t-" + (1000 + c), sequence));
            }
        }
        events(client).insertMany(batch);
    }

    private void assertEveryEventFoundByKey(MongoClient client) {
        for (int c = 0; c < 200; c++) {
            String caseId = "anji-bbs:t-" + (1000 + c);
            for (int sequence = 0; sequence < EVENTS_PER_CASE; sequence++) {
                Document found = events(client).find(key(caseId, sequence)).first();
                assertThat(found).as("%s #%d", caseId, sequence).isNotNull();
                assertThat(found.getString("payload")).isEqualTo(caseId + " #" + sequence);
            }
            assertThat(events(client).find(key(caseId, EVENTS_PER_CASE)).first()).isNull();
        }
        assertThat(events(client).find(new Document("_id", "anji-bbs:t-1199/4")).first()).isNotNull();
    }

    private void assertDuplicateRefused(MongoClient client) {
        Document again = event("anji-bbs:t-1007", 3).append("_id", "another-id");
        assertThatThrownBy(() -> events(client).insertOne(again)).isInstanceOf(MongoWriteException.class)
                .hasMessageContaining("duplicate key");
    }

    private static Document event(String caseId, int sequence) {
        return new Document("_id", caseId + "/" + sequence).append("aggregateIdentifier", caseId)
                .append("sequenceNumber", (long) sequence).append("payload", caseId + " #" + sequence);
    }

    private static Document key(String caseId, long sequence) {
        return new Document("aggregateIdentifier", caseId).append("sequenceNumber", sequence);
    }

    private static MongoCollection<Document> events(MongoClient client) {
        return client.getDatabase("huiying_intake").getCollection("domainevents");
    }

    private static void withServer(Path file, Function<MVStore, MongoBackend> backend, Consumer<MongoClient> work) {
        MongoServer server = new MongoServer(backend.apply(new MVStore.Builder().fileName(file.toString()).open()));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            work.accept(client);
        } finally {
            server.shutdownNow();
        }
    }
}
