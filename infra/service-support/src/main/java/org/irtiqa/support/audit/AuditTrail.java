package org.irtiqa.support.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit_entry table; every statement runs in the caller's transaction (or on its own). */
class AuditTrail {

    private static final String COLUMNS =
            "id, recorded_at, subject, roles, method, path, resource_id, status, correlation_id, count";
    private static final String FILTER = """
            WHERE (CAST(:from AS timestamptz) IS NULL OR recorded_at >= :from)
              AND (CAST(:to AS timestamptz) IS NULL OR recorded_at < :to)
              AND (CAST(:sub AS text) IS NULL OR subject = :sub)
            """;

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One write and its final status. */
    void record(AuditRecord entry) {
        jdbc.sql("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
                .params(
                        entry.id(),
                        Timestamp.from(entry.time()),
                        entry.sub(),
                        entry.roles(),
                        entry.method(),
                        entry.path(),
                        entry.resourceId(),
                        entry.status(),
                        entry.correlationId())
                .update();
    }

    /**
     * A 403, merged into the row of its (sub, method, path, minute): the first refusal of the
     * minute makes the row, the others count on it, so a flood of refusals is one row a minute.
     */
    void refused(AuditRecord refusal) {
        jdbc.sql("""
                        INSERT INTO audit_entry (%s, refused_minute)
                        VALUES (?, ?, ?, ?, ?, ?, NULL, 403, ?, 1, ?)
                        ON CONFLICT (subject, method, path, refused_minute) WHERE refused_minute IS NOT NULL
                        DO UPDATE SET count = audit_entry.count + 1""".formatted(COLUMNS))
                .params(
                        refusal.id(),
                        Timestamp.from(refusal.time()),
                        refusal.sub(),
                        refusal.roles(),
                        refusal.method(),
                        refusal.path(),
                        refusal.correlationId(),
                        Timestamp.from(refusal.time().truncatedTo(ChronoUnit.MINUTES)))
                .update();
    }

    /** Newest first, then by id (UUIDv7: newer too) so that pages never overlap. */
    AuditPage page(AuditQuery query) {
        List<AuditEntry> items = jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry " + FILTER
                        + "ORDER BY recorded_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("from", timestamp(query.from()))
                .param("to", timestamp(query.to()))
                .param("sub", query.sub())
                .param("limit", query.size())
                .param("offset", query.offset())
                .query(AuditTrail::entry)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM audit_entry " + FILTER)
                .param("from", timestamp(query.from()))
                .param("to", timestamp(query.to()))
                .param("sub", query.sub())
                .query(Long.class)
                .single();
        return new AuditPage(items, query.page(), query.size(), total);
    }

    private static Timestamp timestamp(java.time.Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        String roles = rs.getString("roles");
        return new AuditEntry(
                rs.getObject("id", UUID.class),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("subject"),
                roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")),
                rs.getString("method"),
                rs.getString("path"),
                rs.getString("resource_id"),
                rs.getInt("status"),
                rs.getString("correlation_id"),
                rs.getInt("count"));
    }
}
