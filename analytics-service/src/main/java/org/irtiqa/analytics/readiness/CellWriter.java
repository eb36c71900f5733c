package org.irtiqa.analytics.readiness;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the cells of some institutions from the state tables, and marks their days for
 * {@link HistoryWriter}, (never adjusted by deltas, so
 * they are right whatever order the events came in) and moves the {@link ServedVersion} on, so
 * that every instance's cached cells ({@link CellReader}) are read again.
 */
@Component
class CellWriter {

    private final JdbcClient jdbc;
    private final ServedVersion served;

    CellWriter(JdbcClient jdbc, ServedVersion served) {
        this.jdbc = jdbc;
        this.served = served;
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
        jdbc.sql("insert into readiness_history_pending select unnest(:codes) on conflict do nothing")
                .param("codes", codes)
                .update();
        served.moveOn();
    }
}
