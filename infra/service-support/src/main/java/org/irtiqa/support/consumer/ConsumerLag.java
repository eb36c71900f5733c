package org.irtiqa.support.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One measurement of the consumer groups' lag: per group and topic, the records not yet committed
 * (summed over the topic's partitions) and the age of the oldest of them (the largest over the
 * partitions; zero when nothing waits). {@code error} is set when the last measurement failed, and
 * {@code byGroup} then holds the one before it.
 */
record ConsumerLag(Map<String, Map<String, TopicLag>> byGroup, Instant sampledAt, String error) {

    record TopicLag(long records, Duration oldest) {}

    static final ConsumerLag NONE = new ConsumerLag(Map.of(), null, null);

    ConsumerLag failed(String why) {
        return new ConsumerLag(byGroup, sampledAt, why);
    }

    long total() {
        return byGroup.values().stream()
                .flatMap(topics -> topics.values().stream())
                .mapToLong(TopicLag::records)
                .sum();
    }
}
