package org.irtiqa.support.consumer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code irtiqa.consumer.lag.*}: how often the consumer groups' lag is measured, and above what the
 * {@code consumerLag} health component turns to {@code WARN}.
 *
 * @param sampleInterval how often the lag is measured (a few Admin calls and, for lagging
 *                       partitions only, one fetch of the record at the committed offset)
 * @param warnRecords    {@code WARN} when a group is more than this many records behind on a topic
 * @param warnAge        {@code WARN} when a group's oldest unconsumed record on a topic is older than this
 */
@ConfigurationProperties("irtiqa.consumer.lag")
public record ConsumerLagProperties(
        @DefaultValue("15s") Duration sampleInterval,
        @DefaultValue("10000") long warnRecords,
        @DefaultValue("10m") Duration warnAge) {}
