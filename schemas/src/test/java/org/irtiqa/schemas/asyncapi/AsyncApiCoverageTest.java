package org.irtiqa.schemas.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.irtiqa.schemas.EventTopic;
import org.irtiqa.schemas.EventTypes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every topic of the catalogue and every record {@code .avsc} appears in the document: a channel,
 * the producer's send, each consumer's receive, and a message whose Avro payload is the file's
 * schema. The {@code .avsc} files are read here on their own, so a record type added to them but
 * not to {@link EventTypes} fails this test.
 */
class AsyncApiCoverageTest {

    private static final Path AVRO = Path.of("src/main/avro");
    private final JsonNode document = AsyncApiDocument.of("1.0.0");

    @Test
    void everyTopicIsAChannelWithItsProducersSendAndItsConsumersReceive() {
        assertThat(document.path("channels").propertyNames())
                .containsExactlyElementsOf(
                        EventTypes.topics().stream().map(EventTopic::name).toList());
        for (EventTopic topic : EventTypes.topics()) {
            assertThat(document.path("channels")
                            .path(topic.name())
                            .path("address")
                            .asString())
                    .isEqualTo(topic.name());
            assertOperation(topic.producer() + ".sends." + topic.name(), "send", topic);
            topic.consumers()
                    .forEach(consumer -> assertOperation(consumer + ".receives." + topic.name(), "receive", topic));
        }
        assertThat(document.path("operations").size())
                .isEqualTo(EventTypes.topics().stream()
                        .mapToInt(t -> 1 + t.consumers().size())
                        .sum());
    }

    @Test
    void everyRecordAvscIsAMessageWhosePayloadIsItsSchema() throws IOException {
        Map<String, Schema> records = eventRecordsInAvscFiles();
        assertThat(records).hasSize(EventTypes.all().size());
        JsonNode messages = document.path("components").path("messages");
        assertThat(messages.propertyNames()).containsExactlyInAnyOrderElementsOf(records.keySet());
        records.forEach((name, schema) -> {
            JsonNode payload = messages.path(name).path("payload");
            assertThat(payload.path("schemaFormat").asString()).isEqualTo(EventMessages.AVRO_FORMAT);
            assertThat(new Schema.Parser().parse(payload.path("schema").toString()))
                    .as(name)
                    .isEqualTo(schema);
        });
    }

    @Test
    void everyChannelListsTheMessagesOfItsTopicInOrder() {
        for (EventTopic topic : EventTypes.topics()) {
            assertThat(document.path("channels")
                            .path(topic.name())
                            .path("messages")
                            .propertyNames())
                    .containsExactlyElementsOf(
                            topic.records().stream().map(Schema::getName).toList());
        }
    }

    @Test
    void everyRecordCarriesItsTopicsKeyAsAString() {
        for (EventTopic topic : EventTypes.topics()) {
            for (Schema record : topic.records()) {
                Schema.Field key = record.getField(topic.key());
                assertThat(key).as(record.getName() + "." + topic.key()).isNotNull();
                assertThat(key.schema().getType()).isEqualTo(Schema.Type.STRING);
            }
        }
    }

    private void assertOperation(String id, String action, EventTopic topic) {
        JsonNode operation = document.path("operations").path(id);
        assertThat(operation.path("action").asString()).as(id).isEqualTo(action);
        assertThat(operation.path("channel").path("$ref").asString()).isEqualTo("#/channels/" + topic.name());
        assertThat(operation.path("messages").size()).isEqualTo(topic.records().size());
    }

    /** The records in the producers' folders, parsed with the shared types at the top first. */
    private static Map<String, Schema> eventRecordsInAvscFiles() throws IOException {
        var parser = new Schema.Parser();
        try (Stream<Path> shared = Files.list(AVRO)) {
            for (Path file :
                    shared.filter(p -> p.toString().endsWith(".avsc")).sorted().toList()) {
                parser.parse(file.toFile());
            }
        }
        var records = new TreeMap<String, Schema>();
        try (Stream<Path> all = Files.walk(AVRO, 2)) {
            for (Path file : all.filter(p -> p.getNameCount() == AVRO.getNameCount() + 2)
                    .filter(p -> p.toString().endsWith(".avsc"))
                    .sorted()
                    .toList()) {
                Schema record = parser.parse(file.toFile());
                records.put(record.getName(), record);
            }
        }
        return records;
    }
}
