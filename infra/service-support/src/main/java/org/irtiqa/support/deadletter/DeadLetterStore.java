package org.irtiqa.support.deadletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.irtiqa.support.events.EventIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The dead_letter table. */
class DeadLetterStore {

    /** What a replay needs: where the record goes and what it carried. */
    record Replayable(DeadLetter letter, byte[] payload, java.util.Map<String, String> headers) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    DeadLetterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a dead letter once, however often its .DLT record is read. */
    void keep(DeadLetterRecord record) {
        jdbc.sql("""
                        INSERT INTO dead_letter (id, topic, "partition", "offset", record_key, payload, headers, error,
                            exception_class, dead_lettered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (topic, "partition", "offset") DO NOTHING""")
                .params(
                        EventIds.next(),
                        record.topic(),
                        record.partition(),
                        record.offset(),
                        record.key(),
                        record.payload(),
                        JSON.writeValueAsString(record.originalHeaders()),
                        record.error(),
                        record.exceptionClass(),
                        Timestamp.from(record.time()))
                .update();
    }

    List<DeadLetter> list() {
        return jdbc.sql("SELECT * FROM dead_letter ORDER BY dead_lettered_at DESC, id DESC LIMIT 1000")
                .query(DeadLetterStore::letter)
                .list();
    }

    Optional<DeadLetter> find(UUID id) {
        return jdbc.sql("SELECT * FROM dead_letter WHERE id = ?")
                .param(id)
                .query(DeadLetterStore::letter)
                .optional();
    }

    /** Marks the letter replayed, in the caller's transaction; empty when missing or replayed already. */
    Optional<Replayable> markReplayed(UUID id) {
        return jdbc.sql("UPDATE dead_letter SET replayed_at = now() WHERE id = ? AND replayed_at IS NULL RETURNING *")
                .param(id)
                .query((rs, row) -> new Replayable(
                        letter(rs, row),
                        rs.getBytes("payload"),
                        JSON.readValue(rs.getString("headers"), new TypeReference<java.util.Map<String, String>>() {})))
                .optional();
    }

    private static DeadLetter letter(ResultSet rs, int row) throws SQLException {
        Timestamp replayed = rs.getTimestamp("replayed_at");
        return new DeadLetter(
                rs.getObject("id", UUID.class),
                rs.getString("topic"),
                rs.getInt("partition"),
                rs.getLong("offset"),
                rs.getString("record_key"),
                rs.getString("error"),
                rs.getString("exception_class"),
                rs.getTimestamp("dead_lettered_at").toInstant(),
                replayed == null ? null : replayed.toInstant());
    }
}
