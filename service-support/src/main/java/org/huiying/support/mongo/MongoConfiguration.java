package org.huiying.support.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.UuidRepresentation;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigureBefore;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/** The service's own {@link MongoClient}; defining it makes Boot's Mongo auto-configuration back off. */
@AutoConfiguration
@AutoConfigureBefore(MongoAutoConfiguration.class)
@EnableConfigurationProperties(MongoProperties.class)
public class MongoConfiguration {

    @Bean(destroyMethod = "close")
    public MongoClient mongoClient(MongoProperties properties) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(properties.uri()))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .applicationName("huiying")
                .build());
    }

    /**
     * The service's database for its read models and bookkeeping: a write is answered once applied, without waiting
     * for the journal; the event store and {@link DurablePoint} write with the journal (decision 0073).
     */
    @Bean
    public MongoDatabase serviceDatabase(MongoClient client, MongoProperties properties) {
        return client.getDatabase(properties.database()).withWriteConcern(WriteConcern.W1.withJournal(false));
    }

    @Bean
    public DurablePoint durablePoint(MongoClient client, MongoProperties properties,
                                     @Value("${spring.application.name}") String service) {
        return new DurablePoint(client.getDatabase(properties.database()), service);
    }
}
