package org.irtiqa.support.consumer;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.irtiqa.schemas.registry.SchemaRegistryException;
import org.irtiqa.schemas.serde.AvroDeserializer;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * Decodes the raw bytes a batch listener receives. Listeners take {@code byte[]} values and decode
 * record by record, so that one undecodable record can be pointed at by its index
 * ({@link BatchListenerFailedException}) and dead-lettered with its original bytes, while the
 * rest of the batch is applied.
 */
public class EventDecoder {

    private final AvroDeserializer deserializer;

    EventDecoder(AvroDeserializer deserializer) {
        this.deserializer = deserializer;
    }

    /**
     * The record's event; {@link SerializationException} for bytes that are not one (poison), and
     * {@link RegistryUnavailableException} when the registry could not be asked (retried, not
     * dead-lettered).
     */
    public SpecificRecord decode(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            throw new SerializationException("Record " + where(record) + " has no value (tombstone)");
        }
        try {
            return deserializer.deserialize(record.topic(), record.headers(), record.value());
        } catch (SerializationException e) {
            if (e.getCause() instanceof SchemaRegistryException registry && !registry.isNotFound()) {
                throw new RegistryUnavailableException("Cannot fetch the writer schema of " + where(record), e);
            }
            throw e;
        }
    }

    /**
     * Decodes record {@code index} of a batch, turning a failure into the
     * {@link BatchListenerFailedException} the batch error handler needs to dead-letter just that
     * record.
     */
    public SpecificRecord decode(ConsumerRecord<String, byte[]> record, int index) {
        try {
            return decode(record);
        } catch (SerializationException e) {
            throw new BatchListenerFailedException("Cannot decode " + where(record), e, index);
        }
    }

    /**
     * Decodes and checks the record's type, e.g. {@code decode(record, i, InstitutionRegistered.class)}.
     * A record of another type is poison for this listener.
     */
    public <T extends SpecificRecord> T decode(ConsumerRecord<String, byte[]> record, int index, Class<T> type) {
        SpecificRecord event = decode(record, index);
        if (!type.isInstance(event)) {
            throw new BatchListenerFailedException(
                    "Unexpected " + event.getSchema().getFullName() + " at " + where(record),
                    new PoisonEventException("expected " + type.getName()),
                    index);
        }
        return type.cast(event);
    }

    static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
