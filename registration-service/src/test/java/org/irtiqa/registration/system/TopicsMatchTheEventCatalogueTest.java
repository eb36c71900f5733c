package org.irtiqa.registration.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.irtiqa.schemas.EventTopic;
import org.irtiqa.schemas.EventTypes;
import org.irtiqa.support.events.ProducedEvents;
import org.junit.jupiter.api.Test;

/**
 * What this service declares it writes and reads is what the shared catalogue ({@link EventTypes},
 * from which the AsyncAPI document is generated) says of it, so the two cannot drift.
 */
class TopicsMatchTheEventCatalogueTest {

    private static final String SERVICE = EventTypes.REGISTRATION;
    private final EventsConfig config = new EventsConfig();

    @Test
    void writesExactlyTheTopicsAndRecordTypesTheCatalogueGivesIt() {
        ProducedEvents produced = config.producedEvents();
        Map<String, List<String>> catalogue = new LinkedHashMap<>();
        EventTypes.producedBy(SERVICE).forEach(topic -> catalogue.put(topic.name(), names(topic.records())));
        Map<String, List<String>> declared = new LinkedHashMap<>();
        produced.schemasByTopic().forEach((topic, records) -> declared.put(topic, names(records)));
        assertThat(declared).containsExactlyInAnyOrderEntriesOf(catalogue);
        assertThat(produced.compactedTopics())
                .containsExactlyInAnyOrderElementsOf(EventTypes.producedBy(SERVICE).stream()
                        .filter(EventTopic::compacted)
                        .map(EventTopic::name)
                        .toList());
    }

    @Test
    void consumesNothingAsTheCatalogueSays() {
        // EventsConfig declares no ConsumedTopics: registration reads no topic.
        assertThat(EventTypes.consumedBy(SERVICE)).isEmpty();
    }

    private static List<String> names(List<Schema> records) {
        return records.stream().map(Schema::getFullName).toList();
    }
}
