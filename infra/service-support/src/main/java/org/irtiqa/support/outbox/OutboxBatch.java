package org.irtiqa.support.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One send cycle over the shards a relay owns: read the oldest rows (id order), send them all,
 * flush, then delete, per shard, only the rows before that shard's first failure. A shard whose
 * send failed stops there, so its next attempt starts at its first unsent row and no key's events
 * overtake one another; the rows after the failure that did reach Kafka will be sent again
 * (at-least-once: consumers deduplicate on eventId).
 */
final class OutboxBatch {

    private static final Logger log = LoggerFactory.getLogger(OutboxBatch.class);

    record Result(int sent, boolean full, Set<Integer> failedShards) {}

    private final Producer<String, byte[]> producer;
    private final int batchSize;

    OutboxBatch(Producer<String, byte[]> producer, int batchSize) {
        this.producer = producer;
        this.batchSize = batchSize;
    }

    Result run(Connection connection, Collection<Integer> shards) throws SQLException {
        if (shards.isEmpty()) {
            return new Result(0, false, Set.of());
        }
        List<OutboxRow> rows = read(connection, shards);
        List<Future<RecordMetadata>> futures = new ArrayList<>(rows.size());
        Set<Integer> failed = new TreeSet<>();
        boolean brokerUnreachable = false;
        for (OutboxRow row : rows) {
            if (brokerUnreachable || failed.contains(row.shard())) {
                futures.add(null);
                failed.add(row.shard());
                continue;
            }
            Future<RecordMetadata> future;
            try {
                future = producer.send(row.toProducerRecord());
            } catch (RuntimeException e) {
                future = CompletableFuture.failedFuture(e);
            }
            futures.add(future);
            // A send the producer refused at once (no metadata within max.block.ms, record too
            // large) has no place in the partition's sequence, so a later row of the same key
            // could still get through and overtake it: stop this shard here. A broker that gives
            // no metadata will not give it for the next row either: stop the cycle.
            Throwable refused = failureIfDone(future);
            if (refused != null) {
                log.warn("Outbox send of row {} to {} refused: {}", row.id(), row.topic(), refused.toString());
                failed.add(row.shard());
                brokerUnreachable = refused instanceof TimeoutException;
            }
        }
        producer.flush();
        // per shard, only the rows before its first failure count as sent
        List<Long> sent = new ArrayList<>(rows.size());
        Set<Integer> stopped = new TreeSet<>();
        for (int i = 0; i < rows.size(); i++) {
            OutboxRow row = rows.get(i);
            if (stopped.contains(row.shard())) {
                continue;
            }
            Future<RecordMetadata> future = futures.get(i);
            if (future != null && succeeded(future, row)) {
                sent.add(row.id());
            } else {
                stopped.add(row.shard());
            }
        }
        failed.addAll(stopped);
        delete(connection, sent);
        return new Result(sent.size(), rows.size() == batchSize, failed);
    }

    private List<OutboxRow> read(Connection connection, Collection<Integer> shards) throws SQLException {
        String sql = "SELECT " + OutboxRow.SELECT_COLUMNS + " FROM outbox WHERE shard = ANY(?) ORDER BY id LIMIT ?";
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("int2", shards.toArray()));
            statement.setInt(2, batchSize);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OutboxRow(
                            rs.getLong(1),
                            rs.getInt(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getObject(5, java.util.UUID.class),
                            rs.getString(6),
                            rs.getObject(7, java.time.OffsetDateTime.class).toInstant(),
                            rs.getString(8),
                            rs.getString(9),
                            rs.getBytes(10),
                            rs.getString(11)));
                }
            }
        }
        return rows;
    }

    private static Throwable failureIfDone(Future<RecordMetadata> future) {
        if (!future.isDone()) {
            return null;
        }
        try {
            future.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private static boolean succeeded(Future<RecordMetadata> future, OutboxRow row) {
        try {
            future.get();
            return true;
        } catch (ExecutionException e) {
            log.warn(
                    "Outbox row {} (event {}) not acknowledged by Kafka: {}",
                    row.id(),
                    row.eventId(),
                    e.getCause().toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void delete(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM outbox WHERE id = ANY(?)")) {
            statement.setArray(1, connection.createArrayOf("int8", ids.toArray()));
            statement.executeUpdate();
        }
    }
}
