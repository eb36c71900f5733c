package org.irtiqa.support.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * What a producing service writes: its topics and, for each, the record schemas it carries.
 * Declare one as a bean; at start-up the library registers every schema under its
 * TopicRecordName subject (refusing to start on a 409) and creates the topics (12 partitions,
 * kept forever, or compacted where marked).
 *
 * <pre>{@code
 * @Bean ProducedEvents producedEvents() {
 *     return ProducedEvents.builder()
 *         .topic("registration.institutions.v1", InstitutionRegistered.getClassSchema())
 *         .build();
 * }
 * }</pre>
 */
public record ProducedEvents(Map<String, List<Schema>> schemasByTopic, Set<String> compactedTopics) {

    public ProducedEvents {
        schemasByTopic = copy(schemasByTopic);
        compactedTopics = Set.copyOf(compactedTopics);
        if (!schemasByTopic.keySet().containsAll(compactedTopics)) {
            throw new IllegalArgumentException("compacted topics must be declared topics: " + compactedTopics);
        }
    }

    public static ProducedEvents of(Map<String, List<Schema>> schemasByTopic) {
        return new ProducedEvents(schemasByTopic, Set.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isCompacted(String topic) {
        return compactedTopics.contains(topic);
    }

    private static Map<String, List<Schema>> copy(Map<String, List<Schema>> source) {
        Map<String, List<Schema>> copy = new LinkedHashMap<>();
        source.forEach((topic, schemas) -> copy.put(topic, List.copyOf(schemas)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    public static final class Builder {
        private final Map<String, List<Schema>> topics = new LinkedHashMap<>();
        private final Set<String> compacted = new LinkedHashSet<>();

        private Builder() {}

        /** A topic kept forever ({@code retention.ms=-1}) carrying these record types. */
        public Builder topic(String topic, Schema... schemas) {
            topics.computeIfAbsent(topic, t -> new ArrayList<>()).addAll(Arrays.asList(schemas));
            return this;
        }

        /** A compacted topic ({@code cleanup.policy=compact}), e.g. a latest-value-per-key feed. */
        public Builder compactedTopic(String topic, Schema... schemas) {
            compacted.add(topic);
            return topic(topic, schemas);
        }

        public ProducedEvents build() {
            return new ProducedEvents(topics, compacted);
        }
    }
}
