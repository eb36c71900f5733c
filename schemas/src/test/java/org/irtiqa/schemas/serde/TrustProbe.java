package org.irtiqa.schemas.serde;

import org.irtiqa.schemas.EventTypes;
import org.irtiqa.schemas.SampleEvents;

/** Run in a fresh JVM without org.apache.avro.SERIALIZABLE_PACKAGES, as a service would be. */
public final class TrustProbe {

    private TrustProbe() {}

    public static void main(String[] args) {
        if (System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES") != null) {
            System.err.println("the property is set: this probe would prove nothing");
            System.exit(3);
        }
        var registry = new InMemoryRegistry(1);
        var record = SampleEvents.institution();
        byte[] bytes = new AvroSerializer(registry).serialize(EventTypes.INSTITUTIONS, record);
        var read = new AvroDeserializer(registry).deserialize(EventTypes.INSTITUTIONS, bytes);
        System.exit(record.equals(read) ? 0 : 4);
    }
}
