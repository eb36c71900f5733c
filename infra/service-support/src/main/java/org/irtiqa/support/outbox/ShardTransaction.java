package org.irtiqa.support.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One shard's rows of a relay cycle in one Kafka transaction: sent in id order, committed only when
 * every send was acknowledged, aborted otherwise. A read_committed consumer sees all of them or none,
 * so a key's later event that got through after an earlier one expired (as CI once saw: 2,3,4,5 in,
 * 1 expired) is aborted with it, and the next cycle sends the shard again from its first row.
 * Pipelining within the transaction stays: the producer is idempotent, and the one thing that can
 * break its order, a failed send, aborts the whole transaction.
 */
final class ShardTransaction {

    private static final Logger log = LoggerFactory.getLogger(ShardTransaction.class);

    private final int shard;
    private final Producer<String, byte[]> producer;
    private final List<OutboxRow> rows;
    private final List<Future<RecordMetadata>> futures = new ArrayList<>();
    private Throwable failure;

    ShardTransaction(int shard, Producer<String, byte[]> producer, List<OutboxRow> rows) {
        this.shard = shard;
        this.producer = producer;
        this.rows = rows;
    }

    /**
     * Begins the transaction and sends the rows, stopping at a send the producer refused at once (no
     * metadata within max.block.ms, a record too large): that one is returned, null if none was.
     */
    Throwable send() {
        producer.beginTransaction();
        for (OutboxRow row : rows) {
            Future<RecordMetadata> future = producer.send(row.toProducerRecord());
            futures.add(future);
            if (future.isDone() && failureOf(future, row) != null) {
                return failure;
            }
        }
        return null;
    }

    /**
     * Commits when every send was acknowledged, aborts otherwise; returns whether it committed. With
     * {@code brokerAway} (an abort or a commit would only wait max.block.ms) the producer is thrown
     * away instead, and so it is after an expired send: its successor's initTransactions aborts.
     */
    boolean end(ShardProducers producers, boolean brokerAway) {
        if (brokerAway || failure != null) {
            discardOrAbort(producers, brokerAway || failure instanceof TimeoutException);
            return false;
        }
        producer.flush();
        for (int i = 0; i < futures.size(); i++) {
            if (failureOf(futures.get(i), rows.get(i)) != null) {
                discardOrAbort(producers, failure instanceof TimeoutException);
                return false;
            }
        }
        try {
            producer.commitTransaction();
            return true;
        } catch (TimeoutException e) {
            // the outcome is unknown and the producer may only retry the commit: throw it away; the
            // rows are sent again after it (at-least-once, in order behind any first copies)
            log.warn("Outbox shard {}: commit of {} rows timed out", shard, rows.size());
            producers.discard(shard);
            return false;
        } catch (RuntimeException e) {
            log.warn("Outbox shard {}: commit of {} rows failed: {}", shard, rows.size(), e.toString());
            discardOrAbort(producers, false);
            return false;
        }
    }

    private void discardOrAbort(ShardProducers producers, boolean discard) {
        if (discard) {
            producers.discard(shard);
            return;
        }
        try {
            producer.abortTransaction();
        } catch (RuntimeException e) {
            // fenced by a new owner, or fatal: this producer can do nothing more
            log.warn("Outbox shard {}: abort failed, producer closed: {}", shard, e.toString());
            producers.discard(shard);
        }
    }

    List<OutboxRow> rows() {
        return rows;
    }

    private Throwable failureOf(Future<RecordMetadata> future, OutboxRow row) {
        try {
            future.get();
            return null;
        } catch (ExecutionException e) {
            failure = e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        }
        log.warn(
                "Outbox row {} (event {}) to {} not acknowledged by Kafka: {}",
                row.id(),
                row.eventId(),
                row.topic(),
                failure.toString());
        return failure;
    }
}
