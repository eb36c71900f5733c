package org.irtiqa.schemas.asyncapi;

import org.apache.avro.Schema;
import org.irtiqa.schemas.EventTopic;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One AsyncAPI message per record type: the record's Avro schema as an Avro payload (the compiled
 * class's {@code SCHEMA$}, so the shared enums and {@code EventMetadata} are inlined where Avro
 * first meets them), the CloudEvents headers, and the Kafka key and wire format (events.md
 * "Common parts").
 */
final class EventMessages {

    static final String CONTENT_TYPE = "application/avro";
    static final String AVRO_FORMAT = "application/vnd.apache.avro+json;version=1.9.0";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private EventMessages() {}

    static ObjectNode message(EventTopic topic, Schema record) {
        ObjectNode message = JSON.objectNode();
        message.put("name", record.getName());
        message.put("title", record.getName());
        if (record.getDoc() != null) {
            message.put("summary", record.getDoc());
        }
        message.put(
                "description",
                "`" + record.getFullName() + "` on `" + topic.name() + "`, written by " + topic.producer()
                        + ". The value is in the Confluent Schema Registry wire format: byte 0 is the magic"
                        + " byte 0, bytes 1-4 the schema id (big-endian), then the Avro binary body. The"
                        + " schema is registered under the subject `" + topic.name() + "-"
                        + record.getFullName() + "` (TopicRecordNameStrategy).");
        message.put("contentType", CONTENT_TYPE);
        message.set("headers", headers(topic, record));
        ObjectNode payload = message.putObject("payload");
        payload.put("schemaFormat", AVRO_FORMAT);
        payload.set("schema", withoutJavaHints(MAPPER.readTree(record.toString())));
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key")
                .put("type", "string")
                .put("description", "The record's `" + topic.key() + "`, UTF-8 (StringSerializer).");
        kafka.put("schemaIdLocation", "payload");
        kafka.put("schemaIdPayloadEncoding", "confluent");
        kafka.put("schemaLookupStrategy", "TopicRecordNameStrategy");
        kafka.put("bindingVersion", "0.5.0");
        return message;
    }

    /**
     * The {@code .avsc} as written: the compiled class's schema carries {@code avro.java.string}
     * (the build's {@code stringType=String}), a hint for Java code generation that no other reader
     * needs; without it, {@code {"type": "string"}} is written {@code "string"} again.
     */
    private static JsonNode withoutJavaHints(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            object.remove("avro.java.string");
            object.propertyNames().forEach(name -> object.set(name, withoutJavaHints(object.get(name))));
            if (object.size() == 1 && object.path("type").isString()) {
                return object.get("type");
            }
        } else if (schema instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, withoutJavaHints(array.get(i)));
            }
        }
        return schema;
    }

    /** CloudEvents 1.0 Kafka binding, binary mode, plus W3C {@code traceparent} where a trace is active. */
    private static ObjectNode headers(EventTopic topic, Schema record) {
        ObjectNode headers = JSON.objectNode();
        headers.put("type", "object");
        ObjectNode properties = headers.putObject("properties");
        properties.putObject("ce_specversion").put("type", "string").put("const", "1.0");
        properties
                .putObject("ce_id")
                .put("type", "string")
                .put("format", "uuid")
                .put("description", "meta.eventId");
        properties.putObject("ce_source").put("type", "string").put("const", "/irtiqa/" + topic.producer());
        properties.putObject("ce_type").put("type", "string").put("const", record.getFullName());
        properties
                .putObject("ce_time")
                .put("type", "string")
                .put("format", "date-time")
                .put("description", "meta.occurredAt (RFC 3339)");
        properties.putObject("content-type").put("type", "string").put("const", CONTENT_TYPE);
        properties
                .putObject("traceparent")
                .put("type", "string")
                .put("description", "W3C Trace Context, where a trace is active");
        headers.putArray("required")
                .add("ce_specversion")
                .add("ce_id")
                .add("ce_source")
                .add("ce_type")
                .add("ce_time")
                .add("content-type");
        return headers;
    }
}
