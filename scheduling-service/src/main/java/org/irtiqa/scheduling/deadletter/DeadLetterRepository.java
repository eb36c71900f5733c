package org.irtiqa.scheduling.deadletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.irtiqa.support.events.EventIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DeadLetterRepository {

    /** The original record, as replay sends it back. */
    record Original(String topic, String key, byte[] payload) {}

    private final JdbcClient jdbc;

    DeadLetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a dead letter once: a redelivered one has the same topic, partition and offset. */
    void insert(String topic, int partition, long offset, String key, byte[] payload, String error, Instant deadAt) {
        jdbc.sql("""
                        insert into dead_letter (id, topic, source_partition, source_offset, record_key, payload, error, dead_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(EventIds.next(), topic, partition, offset, key, payload, error,
                        OffsetDateTime.ofInstant(deadAt, ZoneOffset.UTC))
                .update();
    }

    List<DeadLetter> all() {
        return jdbc.sql("select * from dead_letter order by dead_at, id").query(DeadLetterRepository::map).list();
    }

    Optional<DeadLetter> find(UUID id) {
        return jdbc.sql("select * from dead_letter where id = ?").param(id).query(DeadLetterRepository::map).optional();
    }

    /** Marks it replayed and returns its original record; empty when it is unknown or already replayed. */
    Optional<Original> markReplayed(UUID id, Instant at) {
        return jdbc.sql("""
                        update dead_letter set replayed_at = ? where id = ? and replayed_at is null
                        returning topic, record_key, payload""")
                .params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), id)
                .query((rs, row) -> new Original(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    private static DeadLetter map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime replayed = rs.getObject("replayed_at", OffsetDateTime.class);
        return new DeadLetter(rs.getObject("id", UUID.class), rs.getString("topic"), rs.getInt("source_partition"),
                rs.getLong("source_offset"), rs.getString("error"),
                rs.getObject("dead_at", OffsetDateTime.class).toInstant(),
                replayed == null ? null : replayed.toInstant());
    }
}
