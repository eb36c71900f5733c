package org.irtiqa.support.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code irtiqa.dead.letters.pending{topic}}: dead letters kept in the {@code dead_letter} table and
 * not replayed, per original topic, one gauge per consumed topic (0 included, so that an alert on
 * "more than 0" has a series to look at). One grouped count for all topics, cached for a few
 * seconds, since every gauge of a scrape asks.
 */
final class DeadLetterMetrics {

    private static final long CACHE_NANOS = 5_000_000_000L;

    private final JdbcClient jdbc;
    private volatile Map<String, Long> last = Map.of();
    private volatile long lastAt;

    DeadLetterMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void bindTo(MeterRegistry registry, Iterable<String> topics) {
        for (String topic : topics) {
            Gauge.builder("irtiqa.dead.letters.pending", this, m -> m.pending(topic))
                    .description("Dead letters stored and not yet replayed, by original topic")
                    .tag("topic", topic)
                    .register(registry);
        }
    }

    long pending(String topic) {
        return counts().getOrDefault(topic, 0L);
    }

    private Map<String, Long> counts() {
        long now = System.nanoTime();
        if (lastAt != 0 && now - lastAt < CACHE_NANOS) {
            return last;
        }
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT topic, count(*) FROM dead_letter WHERE replayed_at IS NULL GROUP BY topic")
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        last = counts;
        lastAt = now;
        return counts;
    }
}
