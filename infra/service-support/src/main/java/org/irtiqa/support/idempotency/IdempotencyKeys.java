package org.irtiqa.support.idempotency;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The idempotency_key table; every method runs in the caller's transaction. */
class IdempotencyKeys {

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the scope's transaction-level advisory lock without waiting: false means another
     * request with the same key is running right now.
     */
    boolean tryLock(String subject, String method, String path, String key) {
        return jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(? || ' ' || ? || ' ' || ? || ' ' || ?, 0))")
                .params(subject, method, path, key)
                .query(Boolean.class)
                .single();
    }

    Optional<StoredResponse> find(String subject, String method, String path, String key) {
        return jdbc.sql("""
                        select request_hash, status, content_type, location, body from idempotency_key
                        where subject = ? and method = ? and path = ? and idempotency_key = ?""")
                .params(subject, method, path, key)
                .query((rs, row) -> new StoredResponse(
                        rs.getBytes("request_hash"),
                        rs.getInt("status"),
                        rs.getString("content_type"),
                        rs.getString("location"),
                        rs.getBytes("body")))
                .optional();
    }

    void save(String subject, String method, String path, String key, StoredResponse response) {
        jdbc.sql("""
                        insert into idempotency_key
                            (subject, method, path, idempotency_key, request_hash, status, content_type, location, body)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        subject,
                        method,
                        path,
                        key,
                        response.requestHash(),
                        response.status(),
                        response.contentType(),
                        response.location(),
                        response.body())
                .update();
    }

    int deleteOlderThan(Duration retention) {
        return jdbc.sql("delete from idempotency_key where created_at < ?")
                .param(Timestamp.from(Instant.now().minus(retention)))
                .update();
    }
}
