package org.irtiqa.support.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many events wait in the outbox and for how long. Reported as a health component that is
 * always UP (a backlog while Kafka is down is the outbox doing its job, so it must not take the
 * instance out of readiness) and as gauges for alerting. Cached for a second, since both a health
 * probe and a scrape may ask.
 */
final class OutboxBacklog implements HealthIndicator {

    record Snapshot(long pending, Duration oldestAge) {}

    // the database's clock on both sides: created_at is its now() at append time
    private static final String QUERY = """
            SELECT count(*),
                   coalesce(extract(epoch FROM clock_timestamp() - min(created_at)) * 1000, 0)::bigint
            FROM outbox""";

    private final JdbcClient jdbc;
    private volatile Snapshot last;
    private volatile long lastAt;

    OutboxBacklog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void bindTo(MeterRegistry registry) {
        Gauge.builder("irtiqa.outbox.backlog", this, b -> b.snapshot().pending())
                .description("Events in the outbox not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder(
                        "irtiqa.outbox.oldest.age",
                        this,
                        b -> b.snapshot().oldestAge().toMillis() / 1000.0)
                .description("Age of the oldest event waiting in the outbox")
                .baseUnit("seconds")
                .register(registry);
    }

    Snapshot snapshot() {
        long now = System.nanoTime();
        Snapshot cached = last;
        if (cached != null && now - lastAt < 1_000_000_000L) {
            return cached;
        }
        Snapshot fresh = jdbc.sql(QUERY)
                .query((rs, i) -> new Snapshot(rs.getLong(1), Duration.ofMillis(Math.max(0, rs.getLong(2)))))
                .single();
        last = fresh;
        lastAt = now;
        return fresh;
    }

    @Override
    public Health health() {
        Snapshot snapshot = snapshot();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("pending", snapshot.pending());
        details.put("oldestAge", snapshot.oldestAge().toString());
        return Health.up().withDetails(details).build();
    }
}
