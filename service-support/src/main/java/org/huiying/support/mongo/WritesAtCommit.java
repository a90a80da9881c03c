package org.huiying.support.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes to one collection of a read model that go as one ordered bulk write when the current unit of work commits
 * (the relay hands a projection a batch of events in one), at once outside one. Only for writes whose result nobody
 * reads and that no later handler of the same unit reads back from the store.
 */
public final class WritesAtCommit {

    private final MongoCollection<Document> collection;
    private final String key;

    public WritesAtCommit(MongoCollection<Document> collection) {
        this.collection = collection;
        this.key = WritesAtCommit.class.getName() + ":" + collection.getNamespace().getFullName();
    }

    public void add(WriteModel<Document> write) {
        if (!CurrentUnitOfWork.isStarted()) {
            collection.bulkWrite(List.of(write));
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        root.getOrComputeResource(key, k -> {
            List<WriteModel<Document>> writes = new ArrayList<>();
            root.onPrepareCommit(unit -> collection.bulkWrite(writes, new BulkWriteOptions().ordered(true)));
            return writes;
        }).add(write);
    }
}
