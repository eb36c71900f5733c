package org.irtiqa.support.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Shard ownership: a relay sends a shard's rows only while it holds that shard's session-level
 * advisory lock on its own connection. Plain {@code FOR UPDATE SKIP LOCKED} would let a second
 * relay skip a locked row 5 of a key and send row 6 first; one owner per shard, sending in id
 * order, keeps every key's order. A relay that dies loses its connection and with it its locks,
 * and the survivors take the shards on their next cycle.
 */
final class ShardLocks {

    /** First half of the two-int advisory lock key ("OUTX"), so we do not collide with others. */
    static final int LOCK_CLASS = 0x4F555458;

    private final int shards;
    private final Set<Integer> owned = new TreeSet<>();

    ShardLocks(int shards) {
        this.shards = shards;
    }

    /** Tries, in one round trip, to take every shard nobody owns; returns the shards now owned. */
    Set<Integer> acquireFree(Connection connection) throws SQLException {
        if (owned.size() == shards) {
            return owned();
        }
        List<Integer> free = new ArrayList<>();
        for (int s = 0; s < shards; s++) {
            if (!owned.contains(s)) {
                free.add(s);
            }
        }
        String sql = "SELECT s FROM unnest(?::int[]) AS s WHERE pg_try_advisory_lock(?, s)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("int4", free.toArray()));
            statement.setInt(2, LOCK_CLASS);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    owned.add(rs.getInt(1));
                }
            }
        }
        return owned();
    }

    Set<Integer> owned() {
        return Collections.unmodifiableSet(new TreeSet<>(owned));
    }

    /** The connection is gone, and its locks with it. */
    void lost() {
        owned.clear();
    }

    void releaseAll(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock_all()")) {
            statement.execute();
        } finally {
            owned.clear();
        }
    }
}
