package org.irtiqa.support.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.irtiqa.support.consumer.ConsumedTopics;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics a service declares (events.md "Topics"): what it produces, kept forever
 * ({@code retention.ms=-1}) or compacted, and a dead-letter topic per topic it consumes, with the
 * same partition count. Spring Kafka's {@code KafkaAdmin} creates them at start-up.
 */
final class TopicDeclarations {

    private TopicDeclarations() {}

    static List<NewTopic> of(List<ProducedEvents> produced, List<ConsumedTopics> consumed, TopicProperties props) {
        Map<String, NewTopic> topics = new LinkedHashMap<>();
        for (ProducedEvents events : produced) {
            for (String topic : events.schemasByTopic().keySet()) {
                TopicBuilder builder =
                        TopicBuilder.name(topic).partitions(props.partitions()).replicas(props.replication());
                if (events.isCompacted(topic)) {
                    builder.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
                } else {
                    builder.config(TopicConfig.RETENTION_MS_CONFIG, "-1");
                }
                topics.put(topic, builder.build());
            }
        }
        for (ConsumedTopics consumer : consumed) {
            for (String topic : consumer.topics()) {
                String dlt = ConsumedTopics.deadLetterTopic(topic);
                topics.putIfAbsent(
                        dlt,
                        TopicBuilder.name(dlt)
                                .partitions(props.partitions())
                                .replicas(props.replication())
                                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                                .build());
            }
        }
        return new ArrayList<>(topics.values());
    }
}
