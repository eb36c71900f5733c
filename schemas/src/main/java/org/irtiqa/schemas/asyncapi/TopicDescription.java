package org.irtiqa.schemas.asyncapi;

import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.irtiqa.schemas.EventTopic;

/** A channel's description: the topic row of {@code events.md} in words. */
final class TopicDescription {

    private TopicDescription() {}

    static String of(EventTopic topic) {
        String records = topic.records().stream()
                .map(Schema::getName)
                .map(name -> "`" + name + "`")
                .collect(Collectors.joining(", "));
        String consumers = topic.consumers().isEmpty()
                ? "Read by any downstream."
                : "Consumed, each in its own consumer group and with the dead-letter topic `" + topic.name()
                        + ".DLT`, by " + topic.consumers().stream().sorted().collect(Collectors.joining(" and "))
                        + ".";
        String retention = topic.compacted()
                ? "Compacted (`cleanup.policy=compact`): the latest record per key is kept."
                : "Kept forever (`retention.ms=-1`), so a consumer can always rebuild from offset 0.";
        return "Written by " + topic.producer() + ". Key: `" + topic.key() + "` (a UTF-8 string). Records,"
                + " in the order they can occur: " + records + ". " + retention + " "
                + EventTopic.PARTITIONS + " partitions; replication factor 1 locally, 3 in production with"
                + " `min.insync.replicas=2`. " + consumers;
    }
}
