package org.irtiqa.support.outbox;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** The relay's meters: what it sent, how often a cycle failed, how many shards it owns. */
final class RelayMetrics {

    private RelayMetrics() {}

    static void bind(OutboxRelay relay, MeterRegistry registry) {
        FunctionCounter.builder("irtiqa.outbox.sent", relay, OutboxRelay::sentCount)
                .description("Outbox rows sent to Kafka and acknowledged")
                .register(registry);
        FunctionCounter.builder("irtiqa.outbox.send.failures", relay, OutboxRelay::failedCycleCount)
                .description("Relay cycles in which a shard failed to send and backed off")
                .register(registry);
        Gauge.builder("irtiqa.outbox.shards.owned", relay, r -> r.ownedShards().size())
                .description("Outbox shards this instance's relay owns")
                .register(registry);
    }
}
