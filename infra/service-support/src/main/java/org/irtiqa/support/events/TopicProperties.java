package org.irtiqa.support.events;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code irtiqa.topics.*}: how the topics a service declares are created (events.md: 12
 * partitions, replication 1 locally and 3 in production).
 */
@ConfigurationProperties("irtiqa.topics")
public record TopicProperties(
        @DefaultValue("12") int partitions,
        @DefaultValue("1") short replication) {}
