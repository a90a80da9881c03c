package org.huiying.reporting.units;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.huiying.contracts.routing.UnitUpdated;
import org.springframework.stereotype.Repository;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** reporting's copy of the unit directory ({@code units}), from the compacted {@code routing.units.v1}. */
@Repository
public class UnitNames {

    private final MongoCollection<Document> units;

    public UnitNames(MongoDatabase serviceDatabase) {
        this.units = serviceDatabase.getCollection("units");
    }

    public void update(UnitUpdated unit) {
        units.replaceOne(Filters.eq("_id", unit.unitId()),
                new Document("_id", unit.unitId()).append("name", unit.name())
                        .append("kind", unit.kind().name().toLowerCase()).append("retired", unit.retired()),
                new ReplaceOptions().upsert(true));
    }

    public Optional<String> nameOf(String unitId) {
        return Optional.ofNullable(units.find(Filters.eq("_id", unitId)).first()).map(doc -> doc.getString("name"));
    }

    /** Unit id → name, sorted by id. */
    public Map<String, String> all() {
        Map<String, String> names = new TreeMap<>();
        units.find().forEach(doc -> names.put(doc.getString("_id"), doc.getString("name")));
        return names;
    }
}
