package org.irtiqa.analytics.readiness;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the cells of some institutions, and their days ({@link HistoryWriter}), from the state tables (never adjusted by deltas, so
 * they are right whatever order the events came in) and moves {@code readiness_version} on, so
 * that every instance's cached cells ({@link CellReader}) are read again.
 */
@Component
class CellWriter {

    private final JdbcClient jdbc;
    private final HistoryWriter history;

    CellWriter(JdbcClient jdbc, HistoryWriter history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void recompute(Collection<String> institutionCodes) {
        if (institutionCodes.isEmpty()) {
            return;
        }
        String[] codes = institutionCodes.toArray(String[]::new);
        jdbc.sql(CellSql.DELETE_CELLS).param("codes", codes).update();
        jdbc.sql(CellSql.DELETE_THEMES).param("codes", codes).update();
        jdbc.sql(CellSql.CELLS).param("codes", codes).update();
        jdbc.sql(CellSql.THEMES).param("codes", codes).update();
        history.recompute(institutionCodes);
        jdbc.sql("update readiness_version set version = version + 1").update();
    }
}
