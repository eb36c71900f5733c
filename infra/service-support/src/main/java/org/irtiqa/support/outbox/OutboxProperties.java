package org.irtiqa.support.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code irtiqa.outbox.*}. Changing {@code shards} on a live system moves keys between shards:
 * drain the outbox (stop writes, wait for backlog 0) before changing it, or per-key order across
 * the change is not guaranteed.
 *
 * @param shards       how many shards the outbox is split into (each owned by one relay)
 * @param pollInterval fallback poll when no NOTIFY arrives
 * @param batchSize    rows read and sent per cycle
 * @param relay        the relay's own switch
 */
@ConfigurationProperties("irtiqa.outbox")
public record OutboxProperties(
        @DefaultValue("16") int shards,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue Relay relay) {

    /**
     * @param enabled     whether this instance runs a relay (an instance that only writes may not)
     * @param sendTimeout how long a send may wait for the broker's acknowledgement before the shard
     *                    backs off and retries from its first unsent row (Kafka's delivery.timeout.ms)
     */
    public record Relay(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("15s") Duration sendTimeout) {}
}
