package org.irtiqa.schemas.serde;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.irtiqa.schemas.registry.SchemaRegistryClient;
import org.irtiqa.schemas.registry.SchemaRegistryException;

/**
 * Reads the Confluent wire format into the generated class named by the writer schema, with that
 * class' own schema as reader schema: Avro's schema resolution lets an older class read data
 * written with a newer compatible schema (new fields skipped, new enum symbols read as the
 * default). Anything unreadable is a {@link SerializationException} naming topic and schema id.
 */
public class AvroDeserializer implements Deserializer<SpecificRecord> {

    private final Map<Integer, DatumReader<SpecificRecord>> readers = new ConcurrentHashMap<>();
    private SchemaRegistryClient client;

    /** For Kafka, which configures it through {@link #configure}. */
    public AvroDeserializer() {
        AvroTrust.trustEventClasses();
    }

    public AvroDeserializer(SchemaRegistryClient client) {
        this();
        this.client = client;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (client == null) {
            client = SerdeConfig.client(configs);
        }
    }

    @Override
    public SpecificRecord deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (client == null) {
            throw new SerializationException("AvroDeserializer is not configured: set " + SerdeConfig.URL);
        }
        WireFormat.Framed framed = WireFormat.unframe(topic, data);
        DatumReader<SpecificRecord> reader = readers.computeIfAbsent(framed.schemaId(), id -> readerFor(topic, id));
        BinaryDecoder decoder =
                DecoderFactory.get().binaryDecoder(data, framed.bodyOffset(), framed.bodyLength(), null);
        try {
            return reader.read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException(
                    "Cannot decode record on topic " + topic + " with schema id " + framed.schemaId() + " ("
                            + framed.bodyLength() + " body bytes): " + e,
                    e);
        }
    }

    private DatumReader<SpecificRecord> readerFor(String topic, int id) {
        Schema writer;
        try {
            writer = client.schemaById(id);
        } catch (SchemaRegistryException e) {
            String what = e.isNotFound() ? "Unknown schema id " + id : "Cannot fetch schema id " + id;
            throw new SerializationException(what + " for record on topic " + topic + ": " + e.getMessage(), e);
        }
        Class<?> type = recordClass(topic, id, writer);
        SpecificData model = SpecificData.getForClass(type);
        Schema reader = model.getSchema(type);
        return new SpecificDatumReader<>(writer, reader, model);
    }

    private static Class<?> recordClass(String topic, int id, Schema writer) {
        String name = writer.getFullName();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            Class<?> type =
                    Class.forName(name, true, loader != null ? loader : AvroDeserializer.class.getClassLoader());
            if (!SpecificRecord.class.isAssignableFrom(type)) {
                throw new SerializationException(
                        name + " (schema id " + id + ", topic " + topic + ") is not a generated Avro record class");
            }
            return type;
        } catch (ClassNotFoundException e) {
            throw new SerializationException(
                    "No generated class " + name + " on the classpath for schema" + " id " + id + " on topic " + topic,
                    e);
        }
    }
}
