package org.irtiqa.support.events;

import java.util.List;
import org.apache.avro.Schema;
import org.irtiqa.schemas.registry.IncompatibleSchemaException;
import org.irtiqa.schemas.registry.SchemaRegistryClient;
import org.irtiqa.schemas.registry.SchemaRegistryException;
import org.irtiqa.schemas.registry.TopicRecordNameStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Registers every schema the service produces before the application serves anything, and makes
 * the context fail when the registry rejects one (409): a producer whose events its consumers could
 * not read must not start (events.md "Evolution"). A registry that does not answer is retried a
 * few times, then fails the start as well, since no event could be written without it.
 */
final class SchemaRegistration implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SchemaRegistration.class);
    private static final int ATTEMPTS = 5;

    private final SchemaRegistryClient client;
    private final List<ProducedEvents> produced;

    SchemaRegistration(SchemaRegistryClient client, List<ProducedEvents> produced) {
        this.client = client;
        this.produced = produced;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (ProducedEvents events : produced) {
            events.schemasByTopic().forEach((topic, schemas) -> schemas.forEach(s -> register(topic, s)));
        }
    }

    private void register(String topic, Schema schema) {
        String subject = TopicRecordNameStrategy.subject(topic, schema);
        for (int attempt = 1; ; attempt++) {
            try {
                int id = client.register(subject, schema);
                log.info("Schema {} registered under {} (id {})", schema.getFullName(), subject, id);
                return;
            } catch (IncompatibleSchemaException e) {
                throw new IllegalStateException(
                        "Refusing to start: the schema registry at " + client.baseUrl()
                                + " rejects " + schema.getFullName() + " under subject " + subject
                                + " as incompatible (409): " + e.getMessage(),
                        e);
            } catch (SchemaRegistryException e) {
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException(
                            "Refusing to start: cannot register " + subject + " at " + client.baseUrl() + ": "
                                    + e.getMessage(),
                            e);
                }
                log.warn("Registering {} failed (attempt {} of {}): {}", subject, attempt, ATTEMPTS, e.getMessage());
                pause(attempt * 1000L);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while registering schemas", e);
        }
    }
}
