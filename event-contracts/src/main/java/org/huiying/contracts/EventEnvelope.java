package org.huiying.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.UUID;

/**
 * The wire form of every integration event: a CloudEvents 1.0 structured-mode JSON document whose {@code data} is
 * the event record. Extension attributes follow the CloudEvents naming rule (lower-case letters only).
 *
 * @param specVersion     always {@value #SPEC_VERSION}
 * @param id              the event id, also {@code data.eventId}
 * @param type            the short wire type name, e.g. {@code post-received}
 * @param source          the producing service, e.g. {@code /huiying/intake-service}
 * @param subject         the record key: the case id (or the unit id on the unit directory topic)
 * @param time            when the fact happened (event time, UTC)
 * @param dataContentType always {@code application/json}
 * @param schemaVersion   the major version of the {@code data} schema
 * @param recordedAt      when the producing service stored the event
 * @param causationId     the id of the message that caused this event, if any
 * @param correlationId   the id shared by every message of one chain, if any
 * @param data            the event record
 */
@JsonPropertyOrder({"specversion", "id", "type", "source", "subject", "time", "datacontenttype", "schemaversion",
        "recordedat", "causationid", "correlationid", "data"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope<T extends IntegrationEvent>(
        @JsonProperty("specversion") String specVersion,
        @JsonProperty("id") UUID id,
        @JsonProperty("type") String type,
        @JsonProperty("source") String source,
        @JsonProperty("subject") String subject,
        @JsonProperty("time") Instant time,
        @JsonProperty("datacontenttype") String dataContentType,
        @JsonProperty("schemaversion") int schemaVersion,
        @JsonProperty("recordedat") Instant recordedAt,
        @JsonProperty("causationid") String causationId,
        @JsonProperty("correlationid") String correlationId,
        @JsonProperty("data") T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public static <T extends IntegrationEvent> EventEnvelope<T> wrap(T event, String producer, Instant recordedAt,
                                                                     String causationId, String correlationId) {
        EventType type = EventType.of(event.getClass());
        return new EventEnvelope<>(SPEC_VERSION, event.eventId(), type.wireName(), "/huiying/" + producer,
                event.key(), event.occurredAt(), JSON, type.schemaVersion(), recordedAt, causationId, correlationId,
                event);
    }
}
