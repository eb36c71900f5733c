package org.irtiqa.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.schemas.EventTypes;
import org.irtiqa.schemas.SampleEvents;
import org.irtiqa.schemas.serde.AvroDeserializer;
import org.irtiqa.schemas.serde.AvroSerializer;
import org.irtiqa.schemas.serde.WireFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real Apicurio Registry (Confluent API), started with FULL_TRANSITIVE globally. */
class SchemaRegistryIntegrationTest {

    private static String url;

    @BeforeAll
    static void startRegistry() {
        url = LocalStack.shared().registry().confluentApiUrl();
    }

    private static SchemaRegistryClient newClient() {
        return new SchemaRegistryClient(URI.create(url), Duration.ofSeconds(10));
    }

    @Test
    void registersEveryEventSchemaUnderItsTopicRecordNameSubject() {
        var client = newClient();
        EventTypes.byTopic()
                .forEach((topic, schemas) -> schemas.forEach(schema -> {
                    String subject = TopicRecordNameStrategy.subject(topic, schema);
                    int id = client.register(subject, schema);
                    assertThat(newClient().lookup(subject, schema)).hasValue(id);
                }));
        assertThat(TopicRecordNameStrategy.subject(
                        EventTypes.ENROLMENTS,
                        EventTypes.byTopic().get(EventTypes.ENROLMENTS).get(1)))
                .isEqualTo("registration.enrolments.v1-org.irtiqa.events.registration.EnrolmentWithdrawn");
    }

    @Test
    void sameSchemaTwiceGetsTheSameIdAndReadsBackById() {
        Schema schema = SampleEvents.session().getSchema();
        String subject = TopicRecordNameStrategy.subject(EventTypes.SESSIONS, schema);
        int first = newClient().register(subject, schema);
        int second = newClient().register(subject, schema);

        assertThat(second).isEqualTo(first);
        Schema fetched = newClient().schemaById(first);
        assertThat(SchemaNormalization.parsingFingerprint64(fetched))
                .isEqualTo(SchemaNormalization.parsingFingerprint64(schema));
        assertThat(fetched.getFullName()).isEqualTo(schema.getFullName());
    }

    @Test
    void serializerAndDeserializerRoundTripThroughTheRegistry() {
        Map<String, Object> configs =
                Map.of(AvroSerializer.SCHEMA_REGISTRY_URL, url, AvroSerializer.SCHEMA_REGISTRY_TIMEOUT_MS, "10000");
        try (var serializer = new AvroSerializer();
                var deserializer = new AvroDeserializer()) {
            serializer.configure(configs, false);
            deserializer.configure(configs, false);
            for (SpecificRecord record : List.of(
                    SampleEvents.institution(),
                    SampleEvents.cohort(),
                    SampleEvents.session(),
                    SampleEvents.readiness())) {
                String topic = EventTypes.topicOf(record.getSchema());
                assertThat(deserializer.deserialize(topic, serializer.serialize(topic, record)))
                        .isEqualTo(record);
            }
        }
    }

    @Test
    void rejectsIncompatibleSchemaWith409() {
        var client = newClient();
        String subject = "compat-test-" + UUID.randomUUID();
        client.setCompatibility(subject, "FULL_TRANSITIVE");
        client.register(subject, record("{\"name\":\"a\",\"type\":\"string\"}"));
        Schema breaking = record("{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"int\"}");

        assertThatThrownBy(() -> client.register(subject, breaking))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining(subject)
                .hasMessageContaining(url)
                .extracting(e -> ((SchemaRegistryException) e).status())
                .isEqualTo(409);
        assertThat(client.compatibility(subject)).isEqualTo("FULL_TRANSITIVE");
    }

    @Test
    void unknownIdIsANotFoundErrorAndASerializationException() {
        assertThatThrownBy(() -> newClient().schemaById(987_654))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("schema id 987654")
                .matches(e -> ((SchemaRegistryException) e).isNotFound());
        assertThatThrownBy(() -> new AvroDeserializer(newClient())
                        .deserialize(EventTypes.COHORTS, WireFormat.frame(987_654, new byte[] {2})))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Unknown schema id 987654");
    }

    @Test
    void lookupOfAnUnregisteredSchemaIsEmpty() {
        assertThat(newClient()
                        .lookup("nothing-here-" + UUID.randomUUID(), record("{\"name\":\"x\",\"type\":\"long\"}")))
                .isEmpty();
    }

    private static Schema record(String fields) {
        return new Schema.Parser()
                .parse("{\"type\":\"record\",\"name\":\"Probe\",\"namespace\":\"org.irtiqa.test\",\"fields\":[" + fields
                        + "]}");
    }
}
