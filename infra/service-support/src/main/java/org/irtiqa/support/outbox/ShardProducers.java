package org.irtiqa.support.outbox;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.apache.kafka.clients.producer.Producer;

/**
 * One transactional producer per shard the relay owns, its {@code transactional.id} derived from
 * the service, its database and the shard ({@link OutboxAutoConfiguration#transactionalIdPrefix}).
 * A shard has one owner at a time ({@link ShardLocks}); the new owner's {@code initTransactions}
 * fences the old owner's producer and aborts whatever that one left open, so a relay that lost its
 * lock but not its broker (a zombie) can no longer commit into the shard's partitions. One producer
 * for all shards could not do that: its id would belong to the relay, not to the shard.
 *
 * <p>A producer is made when its shard first has rows to send, closed when the shard is given up,
 * and thrown away after a transaction that did not end cleanly (the next producer's
 * {@code initTransactions} settles that transaction on the broker).
 */
final class ShardProducers {

    private final IntFunction<Producer<String, byte[]>> factory;
    private final Map<Integer, Producer<String, byte[]>> open = new ConcurrentHashMap<>();

    ShardProducers(IntFunction<Producer<String, byte[]>> factory) {
        this.factory = factory;
    }

    /** The shard's producer, made and initialised for transactions if it has none (blocks at most max.block.ms). */
    Producer<String, byte[]> of(int shard) {
        Producer<String, byte[]> producer = open.get(shard);
        if (producer != null) {
            return producer;
        }
        producer = factory.apply(shard);
        try {
            producer.initTransactions();
        } catch (RuntimeException e) {
            producer.close(Duration.ZERO);
            throw e;
        }
        open.put(shard, producer);
        return producer;
    }

    /** Closes the shard's producer at once, aborting what it still holds. */
    void discard(int shard) {
        Producer<String, byte[]> producer = open.remove(shard);
        if (producer != null) {
            producer.close(Duration.ZERO);
        }
    }

    /** Closes the producers of shards no longer owned (between cycles: none has a transaction open). */
    void retain(Set<Integer> owned) {
        for (Integer shard : Set.copyOf(open.keySet())) {
            if (!owned.contains(shard)) {
                Producer<String, byte[]> producer = open.remove(shard);
                if (producer != null) {
                    producer.close(Duration.ofSeconds(1));
                }
            }
        }
    }

    void closeAll(Duration timeout) {
        for (Integer shard : Set.copyOf(open.keySet())) {
            Producer<String, byte[]> producer = open.remove(shard);
            if (producer != null) {
                producer.close(timeout);
            }
        }
    }
}
