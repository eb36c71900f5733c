package org.irtiqa.support.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.ConfigResource;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.schemas.registry.IncompatibleSchemaException;
import org.irtiqa.schemas.registry.SchemaRegistryClient;
import org.irtiqa.schemas.registry.TopicRecordNameStrategy;
import org.irtiqa.support.testapp.TestApp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A producer registers its schemas at start-up and refuses to start when the registry says 409. */
class SchemaRegistrationTest {

    final SchemaRegistryClient registry = new SchemaRegistryClient(
            URI.create(LocalStack.shared().registry().confluentApiUrl()), Duration.ofSeconds(5));

    @Test
    void refusesToStartWhenTheRegistryRejectsASchemaAsIncompatible() {
        String topic = "test.incompatible.v1";
        Schema earlier = SchemaBuilder.record("InstitutionRegistered")
                .namespace("org.irtiqa.events.registration")
                .fields()
                .requiredString("somethingElse")
                .endRecord();
        String subject = TopicRecordNameStrategy.subject(topic, earlier);
        registry.register(subject, earlier);
        registry.setCompatibility(subject, "FULL_TRANSITIVE");

        Throwable failure =
                catchThrowable(() -> start(topic, "registration_refused_test").close());

        assertThat(failure).isNotNull();
        assertThat(failure).hasStackTraceContaining("Refusing to start");
        assertThat(causes(failure)).anyMatch(IncompatibleSchemaException.class::isInstance);
    }

    @Test
    void registersTheSchemasAndDeclaresTopicsKeptForeverWithTwelvePartitions() throws Exception {
        String topic = "test.registered.v1";
        try (ConfigurableApplicationContext ignored = start(topic, "registration_ok_test");
                Admin admin = Admin.create(
                        Map.of("bootstrap.servers", LocalStack.shared().kafka().bootstrapServers()))) {
            String subject = TopicRecordNameStrategy.subject(topic, InstitutionRegistered.getClassSchema());
            var fresh = new SchemaRegistryClient(
                    URI.create(LocalStack.shared().registry().confluentApiUrl()), Duration.ofSeconds(5));
            assertThat(fresh.lookup(subject, InstitutionRegistered.getClassSchema()))
                    .isPresent();

            var description =
                    admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            assertThat(description.partitions()).hasSize(12);
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertThat(config.get("retention.ms").value()).isEqualTo("-1");
        }
    }

    private static ConfigurableApplicationContext start(String topic, String database) {
        return new SpringApplicationBuilder(TestApp.class)
                .web(WebApplicationType.NONE)
                .initializers(new LocalStackInitializer())
                // arguments, not defaults: they must win over the test application.properties
                .run(
                        "--test.topic=" + topic,
                        "--irtiqa.test.database=" + database,
                        "--irtiqa.outbox.relay.enabled=false");
    }

    private static List<Throwable> causes(Throwable t) {
        var chain = new java.util.ArrayList<Throwable>();
        for (Throwable c = t; c != null && !chain.contains(c); c = c.getCause()) {
            chain.add(c);
        }
        return chain;
    }
}
