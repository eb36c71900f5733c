package org.irtiqa.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.irtiqa.schemas.EventTypes;
import org.irtiqa.schemas.SampleEvents;
import org.junit.jupiter.api.Test;

/**
 * Pins the exact bytes of one record, worked out by hand from the Avro spec (zig-zag varints,
 * length-prefixed UTF-8 strings, union branch index, enum ordinal; the one varint worked out with a
 * ten-line zig-zag encoder outside this code base), so that a serde change that
 * still round-trips but no longer speaks the shared wire format cannot pass.
 */
class WireFormatBytesTest {

    private static final String EXPECTED = String.join(
            "",
            "00",
            "0000002a", // magic byte, schema id 42 big-endian
            // meta.eventId: 36 chars -> zig-zag 72 = 0x48, then ASCII
            "48",
            hex("01890a5d-ac96-774b-bcce-b302099a8057"),
            // meta.occurredAt 2026-01-01T00:00:00.123Z = 1767225600123 ms -> zig-zag 3534451200246
            "f6a1d5edee66", // 6 varint bytes, 7 bits each, low group first
            "28",
            hex("registration-service"), // 20 chars -> 40 = 0x28
            "02",
            "04",
            hex("c1"), // correlationId: union branch 1 (string), length 2
            "00", // actor: union branch 0 (null)
            "06",
            hex("MOH"),
            "24",
            hex("Ministry of Health"), // 18 -> 36 = 0x24
            // "وزارة الصحة": 10 Arabic letters of 2 bytes + 1 space = 21 bytes -> 42 = 0x2a
            "2a",
            "d988d8b2d8a7d8b1d8a920d8a7d984d8b5d8add8a9",
            "02", // governorate DHOFAR, ordinal 1 -> 2
            "08", // sector ACADEMIC, ordinal 4 -> 8
            "06"); // revision 3 -> zig-zag 6

    @Test
    void writesMagicByteSchemaIdAndAvroBodyExactlyAsTheSpecSays() {
        var serializer = new AvroSerializer(new InMemoryRegistry(42));

        byte[] bytes = serializer.serialize(EventTypes.INSTITUTIONS, SampleEvents.institution());

        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(EXPECTED);
    }

    @Test
    void readsThePinnedBytesBackIntoTheGeneratedClass() {
        var registry = new InMemoryRegistry(42);
        new AvroSerializer(registry).serialize(EventTypes.INSTITUTIONS, SampleEvents.institution());

        var read = new AvroDeserializer(registry)
                .deserialize(EventTypes.INSTITUTIONS, HexFormat.of().parseHex(EXPECTED));

        assertThat(read).isEqualTo(SampleEvents.institution());
    }

    private static String hex(String ascii) {
        return HexFormat.of().formatHex(ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
