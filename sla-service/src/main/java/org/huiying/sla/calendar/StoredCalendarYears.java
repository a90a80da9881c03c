package org.huiying.sla.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.huiying.support.calendar.CalendarYear;
import org.huiying.support.json.Json;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * {@code calendar_years}: the years loaded over REST, one document per year (a few documents, listed at start-up),
 * so they survive a restart without a release; each names the signed-in user who loaded it and when.
 */
@Repository
public class StoredCalendarYears {

    private final MongoCollection<Document> years;
    private final ObjectMapper json = Json.newMapper();

    public StoredCalendarYears(MongoDatabase serviceDatabase) {
        this.years = serviceDatabase.getCollection("calendar_years");
    }

    public void save(CalendarYear year, String loadedBy, Instant loadedAt) {
        try {
            years.replaceOne(Filters.eq("_id", year.year()),
                    new Document("_id", year.year()).append("calendar", json.writeValueAsString(year))
                            .append("loadedBy", loadedBy).append("loadedAt", Date.from(loadedAt)),
                    new ReplaceOptions().upsert(true));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who loaded each year over REST, and when (null for a year stored before loads were recorded). */
    public List<CalendarLoad> loads() {
        List<CalendarLoad> loads = new ArrayList<>();
        for (Document doc : years.find().sort(Sorts.ascending("_id"))) {
            Date at = doc.getDate("loadedAt");
            loads.add(new CalendarLoad(doc.getInteger("_id"), doc.getString("loadedBy"),
                    at == null ? null : at.toInstant()));
        }
        return loads;
    }

    /** One year loaded over REST: by whom and when. */
    public record CalendarLoad(int year, String loadedBy, Instant loadedAt) {
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
