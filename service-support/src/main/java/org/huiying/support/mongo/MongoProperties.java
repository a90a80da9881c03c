package org.huiying.support.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a service keeps its event store and read models: one database per service. {@code uri} points at real
 * MongoDB or at the embedded Mongo-protocol server alike.
 */
@ConfigurationProperties("huiying.mongo")
public record MongoProperties(String uri, String database) {
}
