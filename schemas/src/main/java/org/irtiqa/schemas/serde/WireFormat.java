package org.irtiqa.schemas.serde;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The Confluent wire format, in one place: byte 0 is the magic byte 0, bytes 1-4 the schema id
 * (big-endian), then the Avro binary body.
 */
public final class WireFormat {

    public static final byte MAGIC = 0;
    public static final int HEADER_LENGTH = 5;

    /** A record's schema id and where its Avro body lies in the original array. */
    public record Framed(int schemaId, byte[] data, int bodyOffset, int bodyLength) {}

    private WireFormat() {}

    public static byte[] frame(int schemaId, byte[] body) {
        return ByteBuffer.allocate(HEADER_LENGTH + body.length)
                .put(MAGIC)
                .putInt(schemaId)
                .put(body)
                .array();
    }

    /** Splits framed bytes; too short or a wrong magic byte is a {@link SerializationException}. */
    public static Framed unframe(String topic, byte[] data) {
        if (data.length < HEADER_LENGTH) {
            throw new SerializationException("Record on topic " + topic + " is " + data.length
                    + " bytes long, too short for the 5-byte schema registry header");
        }
        if (data[0] != MAGIC) {
            throw new SerializationException(String.format(
                    "Record on topic %s has unknown magic byte 0x%02x (expected 0x00): not written in the"
                            + " schema registry wire format",
                    topic, data[0]));
        }
        int id = ByteBuffer.wrap(data, 1, 4).getInt();
        return new Framed(id, data, HEADER_LENGTH, data.length - HEADER_LENGTH);
    }
}
