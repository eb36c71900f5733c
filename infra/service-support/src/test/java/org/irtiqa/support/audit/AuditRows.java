package org.irtiqa.support.audit;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the test database directly: audit rows, counts, and which transaction wrote a row. */
final class AuditRows {

    private final JdbcClient jdbc;

    AuditRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The one audit row of the request sent with this correlation id. */
    Map<String, Object> entry(String correlationId) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE correlation_id = ?")
                .param(correlationId)
                .query()
                .singleRow();
    }

    /** The id of the transaction that wrote the row: rows written by one transaction share it. */
    long xmin(String table, String where, Object value) {
        return jdbc.sql("SELECT xmin::text::bigint FROM " + table + " WHERE " + where)
                .param(value)
                .query(Long.class)
                .single();
    }

    long count(String table, String where, Object... values) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + where)
                .params(values)
                .query(Long.class)
                .single();
    }
}
