package org.irtiqa.support.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Shard ownership: a relay sends a shard's rows only while it holds that shard's session-level
 * advisory lock on its own connection. Plain {@code FOR UPDATE SKIP LOCKED} would let a second
 * relay skip a locked row 5 of a key and send row 6 first; one owner per shard, sending in id
 * order, keeps every key's order. A relay that dies loses its connection and with it its locks,
 * and the survivors take the shards on their next cycle.
 *
 * <p>The relays of a service share the shards: each holds at most its fair share (shards divided by
 * the relays connected to the database, rounded up), takes free shards up to it and gives back
 * what exceeds it, between send cycles, so a shard changes hands only when its sent rows are
 * deleted. Counting the relays is cheap but not free, so it happens at most once a second.
 */
final class ShardLocks {

    /** First half of the two-int advisory lock key ("OUTX"), so we do not collide with others. */
    static final int LOCK_CLASS = 0x4F555458;

    /** Every relay's lock connection carries this name ({@link DirectConnections} with purpose "relay"). */
    static final String RELAY_CONNECTION = "irtiqa-outbox-relay";

    private static final long BALANCE_EVERY_NANOS = 1_000_000_000L;

    private final int shards;
    private final TreeSet<Integer> owned = new TreeSet<>();
    private long balancedAt;
    private boolean balancedOnce;

    ShardLocks(int shards) {
        this.shards = shards;
    }

    /** Takes free shards up to this relay's share and releases any above it; returns the shards now owned. */
    Set<Integer> balance(Connection connection) throws SQLException {
        long now = System.nanoTime();
        if (balancedOnce && now - balancedAt < BALANCE_EVERY_NANOS) {
            return owned();
        }
        int relays = relays(connection);
        int share = (shards + relays - 1) / relays;
        while (owned.size() > share) {
            release(connection, owned.last());
        }
        for (int s = 0; s < shards && owned.size() < share; s++) {
            if (!owned.contains(s) && tryLock(connection, s)) {
                owned.add(s);
            }
        }
        balancedAt = now;
        balancedOnce = true;
        return owned();
    }

    Set<Integer> owned() {
        return Collections.unmodifiableSet(new TreeSet<>(owned));
    }

    /** The connection is gone, and its locks with it. */
    void lost() {
        owned.clear();
        balancedOnce = false;
    }

    void releaseAll(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock_all()")) {
            statement.execute();
        } finally {
            lost();
        }
    }

    /** The relays connected to this database now, this one included. */
    private static int relays(Connection connection) throws SQLException {
        String sql =
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, RELAY_CONNECTION);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return Math.max(1, rs.getInt(1));
            }
        }
    }

    private static boolean tryLock(Connection connection, int shard) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            statement.setInt(1, LOCK_CLASS);
            statement.setInt(2, shard);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private void release(Connection connection, int shard) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            statement.setInt(1, LOCK_CLASS);
            statement.setInt(2, shard);
            statement.execute();
        }
        owned.remove(shard);
    }
}
