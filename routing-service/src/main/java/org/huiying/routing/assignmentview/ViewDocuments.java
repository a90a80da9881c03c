package org.huiying.routing.assignmentview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.huiying.support.json.Json;

import java.io.UncheckedIOException;

/** Read-model records as Mongo documents keyed by {@code _id}, through JSON (instants as ISO-8601 UTC text). */
public final class ViewDocuments {

    private static final ObjectMapper JSON = Json.newMapper();

    private ViewDocuments() {
    }

    public static Document toDocument(String id, Object value) {
        try {
            return Document.parse(JSON.writeValueAsString(value)).append("_id", id);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T fromDocument(Document document, Class<T> type) {
        try {
            Document copy = new Document(document);
            copy.remove("_id");
            return JSON.readValue(copy.toJson(), type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
