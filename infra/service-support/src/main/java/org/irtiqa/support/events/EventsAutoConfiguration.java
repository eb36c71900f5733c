package org.irtiqa.support.events;

import java.time.Clock;
import org.irtiqa.schemas.registry.SchemaRegistryClient;
import org.irtiqa.schemas.serde.AvroDeserializer;
import org.irtiqa.schemas.serde.AvroSerializer;
import org.irtiqa.support.consumer.ConsumedTopics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Event plumbing every service shares: the registry client and the wire-format serde built from
 * {@code irtiqa.schema-registry.url} (and its credentials), the factory of event metadata, the start-up registration of
 * the produced schemas, and the declared topics.
 */
@AutoConfiguration
@EnableConfigurationProperties({SchemaRegistryProperties.class, TopicProperties.class})
public class EventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventMetadataFactory eventMetadataFactory(ObjectProvider<Clock> clock, Environment environment) {
        String source = environment.getProperty("spring.application.name");
        if (source == null || source.isBlank()) {
            throw new IllegalStateException("spring.application.name must be set: it is every event's source");
        }
        return new EventMetadataFactory(clock.getIfUnique(Clock::systemUTC), source);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("irtiqa.schema-registry.url")
    SchemaRegistryClient schemaRegistryClient(SchemaRegistryProperties properties) {
        return new SchemaRegistryClient(properties.url(), properties.timeout(), properties.credentials());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(SchemaRegistryClient.class)
    AvroSerializer avroSerializer(SchemaRegistryClient client) {
        return new AvroSerializer(client);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(SchemaRegistryClient.class)
    AvroDeserializer avroDeserializer(SchemaRegistryClient client) {
        return new AvroDeserializer(client);
    }

    @Bean
    @ConditionalOnBean({SchemaRegistryClient.class, ProducedEvents.class})
    static SchemaRegistration irtiqaSchemaRegistration(
            ObjectProvider<SchemaRegistryClient> client, ObjectProvider<ProducedEvents> produced) {
        return new SchemaRegistration(
                client.getObject(), produced.orderedStream().toList());
    }

    @Bean
    KafkaAdmin.NewTopics irtiqaTopics(
            ObjectProvider<ProducedEvents> produced,
            ObjectProvider<ConsumedTopics> consumed,
            TopicProperties properties) {
        return new KafkaAdmin.NewTopics(TopicDeclarations.of(
                        produced.orderedStream().toList(),
                        consumed.orderedStream().toList(),
                        properties)
                .toArray(new org.apache.kafka.clients.admin.NewTopic[0]));
    }
}
