package org.irtiqa.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.irtiqa.schemas.registry.SchemaRegistryClient;
import org.irtiqa.schemas.registry.SchemaRegistryException;
import org.irtiqa.schemas.registry.TopicRecordNameStrategy;

/**
 * Writes generated Avro records in the Confluent wire format, registering (or, with
 * {@code auto.register.schemas=false}, looking up) the record's schema under
 * {@code <topic>-<record full name>}.
 */
public class AvroSerializer implements Serializer<SpecificRecord> {

    /** Base URL of the registry's Confluent API. Required unless a client is given. */
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    /** Connect and request timeout in milliseconds; default 5000. */
    public static final String SCHEMA_REGISTRY_TIMEOUT_MS = "schema.registry.timeout.ms";
    /** Register unknown schemas (default true); false means they must already be registered. */
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";

    private final Map<Schema, DatumWriter<SpecificRecord>> writers = new ConcurrentHashMap<>();
    private SchemaRegistryClient client;
    private boolean autoRegister = true;

    /** For Kafka, which configures it through {@link #configure}. */
    public AvroSerializer() {}

    public AvroSerializer(SchemaRegistryClient client) {
        this(client, true);
    }

    public AvroSerializer(SchemaRegistryClient client, boolean autoRegister) {
        this.client = client;
        this.autoRegister = autoRegister;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (client == null) {
            client = SerdeConfig.client(configs);
        }
        autoRegister = SerdeConfig.autoRegister(configs);
    }

    @Override
    public byte[] serialize(String topic, SpecificRecord record) {
        if (record == null) {
            return null;
        }
        if (client == null) {
            throw new SerializationException("AvroSerializer is not configured: set " + SCHEMA_REGISTRY_URL);
        }
        Schema schema = record.getSchema();
        return WireFormat.frame(schemaId(topic, schema), encode(topic, schema, record));
    }

    private int schemaId(String topic, Schema schema) {
        String subject = TopicRecordNameStrategy.subject(topic, schema);
        try {
            if (autoRegister) {
                return client.register(subject, schema);
            }
            OptionalInt id = client.lookup(subject, schema);
            return id.orElseThrow(() -> new SerializationException("Schema of " + schema.getFullName()
                    + " is not registered under subject " + subject + " at " + client.baseUrl()
                    + " and " + AUTO_REGISTER_SCHEMAS + " is false"));
        } catch (SchemaRegistryException e) {
            throw new SerializationException(
                    "Cannot get a schema id for " + schema.getFullName() + " on topic " + topic + ": " + e.getMessage(),
                    e);
        }
    }

    private byte[] encode(String topic, Schema schema, SpecificRecord record) {
        // The class' own model carries its logical-type conversions (UUID, Instant, LocalDate).
        DatumWriter<SpecificRecord> writer = writers.computeIfAbsent(
                schema, s -> new SpecificDatumWriter<>(s, SpecificData.getForClass(record.getClass())));
        var out = new ByteArrayOutputStream(256);
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        try {
            writer.write(record, encoder);
            encoder.flush();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException(
                    "Cannot encode " + schema.getFullName() + " for topic " + topic + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
