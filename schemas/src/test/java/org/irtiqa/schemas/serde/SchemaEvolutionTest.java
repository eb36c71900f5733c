package org.irtiqa.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.EncoderFactory;
import org.irtiqa.events.Governorate;
import org.irtiqa.events.Sector;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.schemas.EventTypes;
import org.junit.jupiter.api.Test;

/** An older consumer (today's generated class) reads what a newer producer wrote. */
class SchemaEvolutionTest {

    /** A later version of InstitutionRegistered: a new optional field and a new Sector symbol. */
    private static final Schema NEWER = new Schema.Parser().parse(newerJson());

    @Test
    void olderClassReadsRecordWrittenWithNewerCompatibleSchema() throws IOException {
        var registry = new InMemoryRegistry(1);
        registry.put(77, NEWER);

        var read = (InstitutionRegistered) new AvroDeserializer(registry)
                .deserialize(EventTypes.INSTITUTIONS, WireFormat.frame(77, writeNewer("AUTHORITY")));

        assertThat(read.getInstitutionCode()).isEqualTo("ITA");
        assertThat(read.getNameAr()).isEqualTo("هيئة تقنية المعلومات");
        assertThat(read.getGovernorate()).isEqualTo(Governorate.MUSCAT);
        assertThat(read.getSector()).isEqualTo(Sector.AUTHORITY);
        assertThat(read.getRevision()).isEqualTo(2L);
        assertThat(read.getMeta().getEventId()).hasToString("01890a5d-ac96-774b-bcce-b302099a8057");
        assertThat(read.getMeta().getOccurredAt()).hasToString("2026-01-01T00:00:00.123Z");
    }

    @Test
    void newEnumSymbolIsReadAsUnknown() throws IOException {
        var registry = new InMemoryRegistry(1);
        registry.put(78, NEWER);

        var read = (InstitutionRegistered) new AvroDeserializer(registry)
                .deserialize(EventTypes.INSTITUTIONS, WireFormat.frame(78, writeNewer("NGO")));

        assertThat(read.getSector()).isEqualTo(Sector.UNKNOWN);
    }

    private static byte[] writeNewer(String sector) throws IOException {
        Schema metaSchema = NEWER.getField("meta").schema();
        GenericRecord meta = new GenericData.Record(metaSchema);
        meta.put("eventId", "01890a5d-ac96-774b-bcce-b302099a8057");
        meta.put("occurredAt", 1767225600123L);
        meta.put("source", "registration-service");
        GenericRecord record = new GenericData.Record(NEWER);
        record.put("meta", meta);
        record.put("institutionCode", "ITA");
        record.put("nameEn", "Information Technology Authority");
        record.put("nameAr", "هيئة تقنية المعلومات");
        record.put(
                "governorate",
                new GenericData.EnumSymbol(NEWER.getField("governorate").schema(), "MUSCAT"));
        record.put("sector", new GenericData.EnumSymbol(NEWER.getField("sector").schema(), sector));
        record.put("revision", 2L);
        record.put("website", "https://ita.gov.om");
        var out = new ByteArrayOutputStream();
        var encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(NEWER).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    private static String newerJson() {
        String current = InstitutionRegistered.SCHEMA$.toString();
        String withSymbol = current.replace("\"OTHER\",\"UNKNOWN\"", "\"OTHER\",\"NGO\",\"UNKNOWN\"");
        return withSymbol.substring(0, withSymbol.length() - 2)
                + ",{\"name\":\"website\",\"type\":[\"null\",\"string\"],\"default\":null}]}";
    }
}
