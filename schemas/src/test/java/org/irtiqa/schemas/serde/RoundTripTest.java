package org.irtiqa.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.irtiqa.events.registration.CohortCreated;
import org.irtiqa.schemas.EventTypes;
import org.irtiqa.schemas.SampleEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RoundTripTest {

    private final InMemoryRegistry registry = new InMemoryRegistry(1);
    private final AvroSerializer serializer = new AvroSerializer(registry);
    private final AvroDeserializer deserializer = new AvroDeserializer(registry);

    @Test
    void readsBackLogicalTypesAsUuidInstantAndLocalDate() {
        var cohort = SampleEvents.cohort();
        var read = (CohortCreated)
                deserializer.deserialize(EventTypes.COHORTS, serializer.serialize(EventTypes.COHORTS, cohort));
        assertThat(read).isEqualTo(cohort);
        assertThat(read.getStartsOn()).isEqualTo(cohort.getStartsOn());
        assertThat(read.getMeta().getEventId()).isEqualTo(cohort.getMeta().getEventId());
    }

    @Test
    void roundTripsArraysMapsAndNullableFields() {
        for (var record : java.util.List.of(SampleEvents.session(), SampleEvents.readiness())) {
            String topic = EventTypes.topicOf(record.getSchema());
            assertThat(deserializer.deserialize(topic, serializer.serialize(topic, record)))
                    .isEqualTo(record);
        }
    }

    @Test
    void readsBackTheActorAsAUuid() {
        var actor = java.util.UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8058");
        var cohort = SampleEvents.cohort();
        cohort.setMeta(SampleEvents.metaOf(actor));
        var read = (CohortCreated)
                deserializer.deserialize(EventTypes.COHORTS, serializer.serialize(EventTypes.COHORTS, cohort));
        assertThat(read.getMeta().getActor()).isEqualTo(actor);
    }

    @Test
    void passesNullThroughBothWays() {
        assertThat(serializer.serialize("t", null)).isNull();
        assertThat(deserializer.deserialize("t", null)).isNull();
    }

    @Test
    void requiresTheRegistryUrlWhenConfiguredByKafka() {
        Executable configure = () -> new AvroDeserializer().configure(Map.of(), false);
        org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class, configure);
    }
}
