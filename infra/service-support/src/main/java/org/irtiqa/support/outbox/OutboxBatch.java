package org.irtiqa.support.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.common.errors.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One send cycle over the shards a relay owns: read the oldest rows (id order), send each shard's
 * rows in one Kafka transaction ({@link ShardTransaction}), commit every shard whose sends were all
 * acknowledged and abort the others (side by side), then delete the committed shards' rows. A failed shard keeps
 * all its rows and is sent again from its first one, and what it had sent is aborted, so no key's
 * events overtake one another for a read_committed consumer. A commit whose outcome is unknown, or
 * a delete that fails after it, sends the rows again (at-least-once: consumers deduplicate on
 * eventId), behind their first copies.
 */
final class OutboxBatch {

    private static final Logger log = LoggerFactory.getLogger(OutboxBatch.class);

    record Result(int sent, boolean full, Set<Integer> failedShards) {}

    private final ShardProducers producers;
    private final int batchSize;

    OutboxBatch(ShardProducers producers, int batchSize) {
        this.producers = producers;
        this.batchSize = batchSize;
    }

    Result run(Connection connection, Collection<Integer> shards) throws SQLException {
        if (shards.isEmpty()) {
            return new Result(0, false, Set.of());
        }
        List<OutboxRow> rows = read(connection, shards);
        Map<Integer, List<OutboxRow>> byShard = new LinkedHashMap<>();
        rows.forEach(row ->
                byShard.computeIfAbsent(row.shard(), s -> new ArrayList<>()).add(row));
        Set<Integer> failed = new TreeSet<>(byShard.keySet());
        List<ShardTransaction> open = new ArrayList<>();
        boolean brokerAway = false;
        // every shard's sends first, so that their producers work at once; then the commits
        for (var shard : byShard.entrySet()) {
            try {
                ShardTransaction transaction =
                        new ShardTransaction(shard.getKey(), producers.of(shard.getKey()), shard.getValue());
                Throwable refused = transaction.send();
                open.add(transaction);
                // a broker that gave no metadata will not give it for the next shard either
                brokerAway = refused instanceof TimeoutException;
            } catch (TimeoutException e) {
                log.warn("Outbox shard {}: Kafka unreachable: {}", shard.getKey(), e.toString());
                producers.discard(shard.getKey());
                brokerAway = true;
            } catch (RuntimeException e) {
                // fenced, not authorised: this shard waits for its back-off with a new producer
                log.warn("Outbox shard {}: transaction not begun: {}", shard.getKey(), e.toString());
                producers.discard(shard.getKey());
            }
            if (brokerAway) {
                break;
            }
        }
        List<Long> sent = new ArrayList<>(rows.size());
        for (ShardTransaction transaction : end(open, brokerAway)) {
            transaction.rows().forEach(row -> sent.add(row.id()));
            failed.remove(transaction.rows().getFirst().shard());
        }
        delete(connection, sent);
        return new Result(sent.size(), rows.size() == batchSize, failed);
    }

    /**
     * Ends the transactions side by side, one virtual thread each: a commit waits a round trip to
     * the transaction coordinator, and sixteen of them one after another cost a 5,000-row backlog
     * several times its send time (RelayBenchmark). Returns the committed ones.
     */
    private List<ShardTransaction> end(List<ShardTransaction> open, boolean brokerAway) {
        if (open.size() == 1) {
            return open.getFirst().end(producers, brokerAway) ? open : List.of();
        }
        List<Future<Boolean>> ends = new ArrayList<>(open.size());
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (ShardTransaction transaction : open) {
                ends.add(threads.submit(() -> transaction.end(producers, brokerAway)));
            }
        }
        List<ShardTransaction> committed = new ArrayList<>(open.size());
        for (int i = 0; i < open.size(); i++) {
            Future<Boolean> end = ends.get(i);
            if (end.state() == Future.State.SUCCESS) {
                if (end.resultNow()) {
                    committed.add(open.get(i));
                }
            } else {
                int shard = open.get(i).rows().getFirst().shard();
                log.warn("Outbox shard {}: transaction not ended: {}", shard, String.valueOf(end.exceptionNow()));
                producers.discard(shard);
            }
        }
        return committed;
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
