package org.irtiqa.support.consumer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * How far the service's consumer groups are behind the end of each consumed topic (partitions a
 * group has not committed yet are not counted). Informational
 * (always UP when Kafka answers) and outside the readiness group: a lagging consumer still serves
 * the last state it has. Cached for a few seconds so that probes do not hammer the broker.
 */
final class ConsumerLagHealth implements HealthIndicator, DisposableBean {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final long CACHE_NANOS = Duration.ofSeconds(5).toNanos();

    private final Admin admin;
    private final Supplier<Set<String>> groups;
    private final List<String> topics;
    private volatile Health last;
    private volatile long lastAt;

    /** {@code groups}: the consumer groups of the service's listeners (a listener's id is its group). */
    ConsumerLagHealth(KafkaProperties kafka, Supplier<Set<String>> groups, ConsumedTopics consumed) {
        Map<String, Object> config = new HashMap<>(kafka.buildAdminProperties());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "irtiqa-consumer-lag");
        this.admin = Admin.create(config);
        this.groups = groups;
        this.topics = consumed.topics().stream().sorted().toList();
    }

    @Override
    public Health health() {
        long now = System.nanoTime();
        if (last == null || now - lastAt >= CACHE_NANOS) {
            last = probe();
            lastAt = now;
        }
        return last;
    }

    private Health probe() {
        try {
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            admin.describeTopics(topics)
                    .allTopicNames()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .forEach((topic, description) -> description
                            .partitions()
                            .forEach(p -> ends.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
            var endOffsets = admin.listOffsets(ends).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<String, Object> byGroup = new TreeMap<>();
            long total = 0;
            for (String group : groups.get()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata()
                        .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                Map<String, Long> lagByTopic = new TreeMap<>();
                committed.forEach((partition, done) -> {
                    var end = endOffsets.get(partition);
                    if (end != null && done != null) {
                        lagByTopic.merge(partition.topic(), Math.max(end.offset() - done.offset(), 0), Long::sum);
                    }
                });
                total += lagByTopic.values().stream().mapToLong(Long::longValue).sum();
                byGroup.put(group, lagByTopic);
            }
            return Health.up()
                    .withDetail("lag", total)
                    .withDetail("byGroup", byGroup)
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        } catch (Exception e) {
            return Health.unknown()
                    .withDetail("error", e.getClass().getSimpleName())
                    .build();
        }
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(2));
    }
}
