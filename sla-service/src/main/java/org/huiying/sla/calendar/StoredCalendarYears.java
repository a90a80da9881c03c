package org.huiying.sla.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.huiying.support.calendar.CalendarYear;
import org.huiying.support.json.Json;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code calendar_years}: the years loaded over REST, one document per year (a few documents, listed at start-up),
 * so they survive a restart without a release.
 */
@Repository
public class StoredCalendarYears {

    private final MongoCollection<Document> years;
    private final ObjectMapper json = Json.newMapper();

    public StoredCalendarYears(MongoDatabase serviceDatabase) {
        this.years = serviceDatabase.getCollection("calendar_years");
    }

    public void save(CalendarYear year) {
        try {
            years.replaceOne(Filters.eq("_id", year.year()),
                    new Document("_id", year.year()).append("calendar", json.writeValueAsString(year)),
                    new ReplaceOptions().upsert(true));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<CalendarYear> all() {
        List<CalendarYear> all = new ArrayList<>();
        for (Document doc : years.find()) {
            try {
                all.add(json.readValue(doc.getString("calendar"), CalendarYear.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored calendar year " + doc.get("_id") + " is unreadable", e);
            }
        }
        return all;
    }
}
