package org.huiying.reporting.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Which generation of reporting's read models answers queries ({@code active}) and which one a rebuild is filling
 * ({@code building}). Each generation's collections are named {@code g<n>_<name>}. The state is one document read by
 * id on every use, so every projector writes to the building generation the moment a rebuild begins.
 */
@Component
public class ReadModelGenerations {

    private static final String ID = "generations";

    private final MongoDatabase database;
    private final MongoCollection<Document> state;

    public ReadModelGenerations(MongoDatabase serviceDatabase) {
        this.database = serviceDatabase;
        this.state = serviceDatabase.getCollection("read_model_generations");
    }

    public static String collectionName(int generation, String name) {
        return "g" + generation + "_" + name;
    }

    public MongoDatabase database() {
        return database;
    }

    public synchronized int active() {
        return current().getInteger("active", 1);
    }

    public synchronized Integer building() {
        return current().getInteger("building");
    }

    /** The generations every event must be applied to: the active one and, during a rebuild, the new one. */
    public synchronized List<Integer> targets() {
        Document doc = current();
        List<Integer> targets = new ArrayList<>(List.of(doc.getInteger("active", 1)));
        Integer building = doc.getInteger("building");
        if (building != null) {
            targets.add(building);
        }
        return targets;
    }

    /** Starts a new, empty generation that every projector writes to from now on. */
    public synchronized int begin() {
        Document doc = current();
        if (doc.getInteger("building") != null) {
            throw new IllegalStateException("A rebuild is already under way");
        }
        int next = Math.max(doc.getInteger("active", 1), doc.getInteger("highest", 1)) + 1;
        drop(next);
        save(doc.getInteger("active", 1), next, next);
        return next;
    }

    /** Makes the rebuilt generation the one queries read, and drops the old one. */
    public synchronized void switchTo(int generation) {
        Document doc = current();
        int old = doc.getInteger("active", 1);
        save(generation, null, Math.max(generation, doc.getInteger("highest", 1)));
        drop(old);
    }

    /** Gives up an unfinished rebuild (a failure, or a restart in the middle of one). */
    public synchronized void abandon() {
        Document doc = current();
        Integer building = doc.getInteger("building");
        if (building != null) {
            save(doc.getInteger("active", 1), null, doc.getInteger("highest", building));
            drop(building);
        }
    }

    private void drop(int generation) {
        String prefix = collectionName(generation, "");
        for (String name : database.listCollectionNames()) {
            if (name.startsWith(prefix)) {
                database.getCollection(name).drop();
            }
        }
    }

    private Document current() {
        Document doc = state.find(Filters.eq("_id", ID)).first();
        return doc != null ? doc : new Document("_id", ID).append("active", 1);
    }

    private void save(int active, Integer building, int highest) {
        state.replaceOne(Filters.eq("_id", ID), new Document("_id", ID).append("active", active)
                .append("building", building).append("highest", highest), new ReplaceOptions().upsert(true));
    }
}
