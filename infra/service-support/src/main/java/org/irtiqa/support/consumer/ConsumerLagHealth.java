package org.irtiqa.support.consumer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * How far the service's consumer groups are behind on each consumed topic, from the last
 * measurement of {@link ConsumerLagSampler} (a probe never calls the broker). Outside the readiness
 * group: a lagging consumer still serves the last state it has. {@code WARN} when a group is more
 * than {@code irtiqa.consumer.lag.warn-records} records, or its oldest unconsumed record more than
 * {@code warn-age}, behind on a topic; {@code WARN} is not in the health status order, so the
 * overall status (and the probes) stay {@code UP}, as they must for a service that serves.
 */
final class ConsumerLagHealth implements HealthIndicator {

    static final Status WARN = new Status("WARN", "A consumer group is behind more than the configured lag");

    private final ConsumerLagSampler sampler;
    private final ConsumerLagProperties properties;

    ConsumerLagHealth(ConsumerLagSampler sampler, ConsumerLagProperties properties) {
        this.sampler = sampler;
        this.properties = properties;
    }

    @Override
    public Health health() {
        ConsumerLag lag = sampler.last();
        if (lag.sampledAt() == null) {
            Health.Builder unknown = Health.unknown();
            return lag.error() == null
                    ? unknown.build()
                    : unknown.withDetail("error", lag.error()).build();
        }
        Map<String, Object> records = new TreeMap<>();
        Map<String, Object> seconds = new TreeMap<>();
        boolean warn = false;
        for (var group : lag.byGroup().entrySet()) {
            Map<String, Long> groupRecords = new TreeMap<>();
            Map<String, Double> groupSeconds = new TreeMap<>();
            for (var topic : group.getValue().entrySet()) {
                groupRecords.put(topic.getKey(), topic.getValue().records());
                groupSeconds.put(topic.getKey(), topic.getValue().oldest().toMillis() / 1000.0);
                warn |= topic.getValue().records() > properties.warnRecords()
                        || topic.getValue().oldest().compareTo(properties.warnAge()) > 0;
            }
            records.put(group.getKey(), groupRecords);
            seconds.put(group.getKey(), groupSeconds);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("lag", lag.total());
        details.put("byGroup", records);
        details.put("oldestSecondsByGroup", seconds);
        details.put(
                "warnAbove",
                Map.of(
                        "records",
                        properties.warnRecords(),
                        "age",
                        properties.warnAge().toString()));
        details.put("sampledAt", lag.sampledAt().toString());
        if (lag.error() != null) {
            details.put("error", lag.error());
        }
        return Health.status(warn ? WARN : Status.UP).withDetails(details).build();
    }
}
