package org.irtiqa.schemas.serde;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;
import org.irtiqa.schemas.EventTypes;
import org.irtiqa.schemas.SampleEvents;
import org.junit.jupiter.api.Test;

/** Bytes that cannot be read fail as SerializationException, which dead-letter handling expects. */
class CorruptRecordTest {

    private final InMemoryRegistry registry = new InMemoryRegistry(5);
    private final AvroDeserializer deserializer = new AvroDeserializer(registry);
    private final byte[] valid = new AvroSerializer(registry).serialize(EventTypes.COHORTS, SampleEvents.cohort());

    @Test
    void rejectsWrongMagicByte() {
        byte[] bytes = valid.clone();
        bytes[0] = 7;
        assertThatThrownBy(() -> deserializer.deserialize(EventTypes.COHORTS, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("magic byte 0x07")
                .hasMessageContaining(EventTypes.COHORTS);
    }

    @Test
    void rejectsRecordShorterThanTheHeader() {
        assertThatThrownBy(() -> deserializer.deserialize(EventTypes.COHORTS, new byte[] {0, 0, 0}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("3 bytes long");
    }

    @Test
    void rejectsTruncatedBody() {
        byte[] truncated = Arrays.copyOf(valid, valid.length - 4);
        assertThatThrownBy(() -> deserializer.deserialize(EventTypes.COHORTS, truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Cannot decode record on topic " + EventTypes.COHORTS)
                .hasMessageContaining("schema id 5");
    }

    @Test
    void rejectsUnknownSchemaId() {
        byte[] unknown = WireFormat.frame(999, new byte[] {2, 4});
        assertThatThrownBy(() -> deserializer.deserialize(EventTypes.COHORTS, unknown))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Unknown schema id 999")
                .hasMessageContaining(EventTypes.COHORTS);
    }

    @Test
    void rejectsRecordWhoseClassIsNotOnTheClasspath() {
        registry.put(
                31,
                new Schema.Parser()
                        .parse(
                                "{\"type\":\"record\",\"name\":\"Gone\",\"namespace\":\"org.irtiqa.events\",\"fields\":[]}"));
        assertThatThrownBy(() -> deserializer.deserialize("t", WireFormat.frame(31, new byte[0])))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("No generated class org.irtiqa.events.Gone")
                .hasMessageContaining("schema id 31");
    }

    @Test
    void failsClearlyWhenSchemaIsNotRegisteredAndAutoRegisterIsOff() {
        var serializer = new AvroSerializer(new InMemoryRegistry(1), false);
        assertThatThrownBy(() -> serializer.serialize(EventTypes.COHORTS, SampleEvents.cohort()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not registered under subject registration.cohorts.v1-"
                        + "org.irtiqa.events.registration.CohortCreated");
    }
}
