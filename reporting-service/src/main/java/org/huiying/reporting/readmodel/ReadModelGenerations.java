package org.huiying.reporting.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which generation of reporting's read models answers queries ({@code active}) and which one a rebuild is filling
 * ({@code building}). Each generation's collections are named {@code g<n>_<name>}, and each generation records the
 * layout it was written in ({@link #CURRENT_LAYOUT} for every new one), so a store written by an earlier version stays
 * readable until a rebuild moves it to the current layout. The state is one document read by id on every use, so
 * every projector writes to the building generation the moment a rebuild begins.
 */
@Component
public class ReadModelGenerations {

    /** One document per figure set and per month. */
    public static final int FIRST_LAYOUT = 1;
    /** Figure sets and months split into bucket documents (decision 0005). */
    public static final int CURRENT_LAYOUT = 2;

    private static final String ID = "generations";
    private static final String LAYOUTS = "layouts";

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

    /** The layout the generation was written in. */
    public synchronized int layout(int generation) {
        return layouts(current()).getInteger(String.valueOf(generation), FIRST_LAYOUT);
    }

    /**
     * The generations every event must be applied to, each with its layout, from one read of the state: the active
     * one and, during a rebuild, the new one.
     */
    public synchronized Map<Integer, Integer> targetLayouts() {
        Document doc = current();
        Document layouts = layouts(doc);
        Map<Integer, Integer> targets = new LinkedHashMap<>();
        for (int generation : targetsOf(doc)) {
            targets.put(generation, layouts.getInteger(String.valueOf(generation), FIRST_LAYOUT));
        }
        return targets;
    }

    private static List<Integer> targetsOf(Document doc) {
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
        Document layouts = layouts(doc).append(String.valueOf(next), CURRENT_LAYOUT);
        save(doc.getInteger("active", 1), next, next, layouts);
        return next;
    }

    /** Makes the rebuilt generation the one queries read, and drops the old one. */
    public synchronized void switchTo(int generation) {
        Document doc = current();
        int old = doc.getInteger("active", 1);
        Document layouts = layouts(doc);
        layouts.remove(String.valueOf(old));
        save(generation, null, Math.max(generation, doc.getInteger("highest", 1)), layouts);
        drop(old);
    }

    /** Gives up an unfinished rebuild (a failure, or a restart in the middle of one). */
    public synchronized void abandon() {
        Document doc = current();
        Integer building = doc.getInteger("building");
        if (building != null) {
            Document layouts = layouts(doc);
            layouts.remove(String.valueOf(building));
            save(doc.getInteger("active", 1), null, doc.getInteger("highest", building), layouts);
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

    /** The state; on first use, generation 1 is recorded in the layout its collections were written in. */
    private Document current() {
        Document doc = state.find(Filters.eq("_id", ID)).first();
        if (doc != null) {
            return doc;
        }
        boolean writtenBefore = database.listCollectionNames().into(new ArrayList<>()).stream()
                .anyMatch(name -> name.startsWith(collectionName(1, "")));
        save(1, null, 1, new Document("1", writtenBefore ? FIRST_LAYOUT : CURRENT_LAYOUT));
        return state.find(Filters.eq("_id", ID)).first();
    }

    /** Per generation; a state saved before layouts were recorded has only generations in the first layout. */
    private static Document layouts(Document state) {
        Document layouts = state.get(LAYOUTS, Document.class);
        return layouts == null ? new Document() : new Document(layouts);
    }

    private void save(int active, Integer building, int highest, Document layouts) {
        state.replaceOne(Filters.eq("_id", ID), new Document("_id", ID).append("active", active)
                .append("building", building).append("highest", highest).append(LAYOUTS, layouts),
                new ReplaceOptions().upsert(true));
    }
}
