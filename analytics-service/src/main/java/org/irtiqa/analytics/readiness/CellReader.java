package org.irtiqa.analytics.readiness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.irtiqa.analytics.readiness.Totals.ThemeSum;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every cell, read once per {@link ServedVersion}: the cells are read again only after the version
 * moved (on this or another instance). Callers run in one repeatable-read transaction, so the
 * version and the cells they read agree.
 */
@Component
class CellReader {

    /** The cells of one version, in (institution, cohort, level) order: groups add them in that order. */
    record Cells(long version, List<Cell> all) {}

    private final JdbcClient jdbc;
    private final ServedVersion served;
    private final AtomicReference<Cells> cached = new AtomicReference<>(new Cells(-1, List.of()));

    CellReader(JdbcClient jdbc, ServedVersion served) {
        this.jdbc = jdbc;
        this.served = served;
    }

    Cells current() {
        long version = served.current();
        Cells cells = cached.get();
        if (cells.version() == version) {
            return cells;
        }
        Cells fresh = new Cells(version, read(null));
        cached.accumulateAndGet(fresh, (now, read) -> read.version() > now.version() ? read : now);
        return fresh;
    }

    /**
     * The cells of some institutions as the caller's transaction sees them, uncached: a publication
     * reads the cells it has just written, before they commit.
     */
    List<Cell> ofInstitutions(String[] codes) {
        return read(codes);
    }

    private List<Cell> read(String[] codes) {
        String only = codes == null ? "" : " where institution_code = any(:codes)";
        Map<String, TreeMap<String, ThemeSum>> themes = new HashMap<>();
        param(
                        jdbc.sql("select institution_code, cohort_code, level, theme, latest_sum, latest_count"
                                + " from readiness_cell_theme" + only),
                        codes)
                .query(rs -> {
                    themes.computeIfAbsent(key(rs.getString(1), rs.getString(2), rs.getString(3)), k -> new TreeMap<>())
                            .put(rs.getString(4), new ThemeSum(rs.getDouble(5), rs.getLong(6)));
                });
        List<Cell> cells = new ArrayList<>();
        param(jdbc.sql("""
                                select institution_code, cohort_code, level, enrolled, completed, withdrawn, expected,
                                       attended, scored, paired, growth_sum, growth_pairs, at_risk, last_event_at
                                from readiness_cell""" + only + " order by institution_code, cohort_code, level"), codes)
                .query(rs -> {
                    String institution = rs.getString(1);
                    String cohort = rs.getString(2);
                    String level = rs.getString(3);
                    var at = rs.getTimestamp(14);
                    cells.add(new Cell(
                            institution,
                            cohort,
                            level,
                            new Totals(
                                    rs.getLong(4),
                                    rs.getLong(5),
                                    rs.getLong(6),
                                    rs.getLong(7),
                                    rs.getLong(8),
                                    rs.getLong(9),
                                    rs.getLong(10),
                                    rs.getDouble(11),
                                    rs.getLong(12),
                                    rs.getLong(13),
                                    themes.getOrDefault(key(institution, cohort, level), new TreeMap<>()),
                                    at == null ? null : at.toInstant())));
                });
        return List.copyOf(cells);
    }

    private static JdbcClient.StatementSpec param(JdbcClient.StatementSpec spec, String[] codes) {
        return codes == null ? spec : spec.param("codes", codes);
    }

    private static String key(String institution, String cohort, String level) {
        return institution + '\u0000' + cohort + '\u0000' + level;
    }
}
