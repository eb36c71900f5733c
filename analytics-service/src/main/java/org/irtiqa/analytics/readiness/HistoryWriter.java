package org.irtiqa.analytics.readiness;

import java.sql.Date;
import java.util.Collection;
import java.util.List;
import org.irtiqa.analytics.readiness.CellHistory.Day;
import org.irtiqa.analytics.readiness.Totals.ThemeSum;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the days of the institutions' cells ({@link CellHistory}) that publications marked,
 * from the state, replacing what was kept; called by the intake's history flush.
 */
@Component
public class HistoryWriter {

    private static final String INSERT = """
            insert into readiness_cell_day (institution_code, cohort_code, level, day, enrolled, completed, withdrawn,
                                            expected, attended, scored, paired, growth_sum, growth_pairs, themes,
                                            theme_sums, theme_counts)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final HistoryFacts facts;
    private final JdbcTemplate jdbc;
    private final ServedVersion served;

    HistoryWriter(HistoryFacts facts, JdbcTemplate jdbc, ServedVersion served) {
        this.facts = facts;
        this.jdbc = jdbc;
        this.served = served;
    }

    /** The marked institutions' days, and forgets the marks; false when none was marked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean recomputePending() {
        List<String> codes =
                jdbc.queryForList("delete from readiness_history_pending returning institution_code", String.class);
        if (codes.isEmpty()) {
            return false;
        }
        recompute(codes);
        served.moveOn(); // answers read from the days are out of date
        return true;
    }

    public boolean nothingPending() {
        return !Boolean.TRUE.equals(
                jdbc.queryForObject("select exists (select 1 from readiness_history_pending)", Boolean.class));
    }

    private void recompute(Collection<String> institutionCodes) {
        String[] codes = institutionCodes.toArray(String[]::new);
        jdbc.update(connection -> {
            var statement =
                    connection.prepareStatement("delete from readiness_cell_day where institution_code = any(?)");
            statement.setArray(1, connection.createArrayOf("text", codes));
            return statement;
        });
        List<Day> days = CellHistory.of(facts.of(codes));
        jdbc.batchUpdate(INSERT, days, 1000, (statement, day) -> {
            Totals t = day.totals();
            statement.setString(1, day.institution());
            statement.setString(2, day.cohort());
            statement.setString(3, day.level());
            statement.setDate(4, Date.valueOf(day.day()));
            statement.setLong(5, t.enrolled());
            statement.setLong(6, t.completed());
            statement.setLong(7, t.withdrawn());
            statement.setLong(8, t.expected());
            statement.setLong(9, t.attended());
            statement.setLong(10, t.scored());
            statement.setLong(11, t.paired());
            statement.setDouble(12, t.growthSum());
            statement.setLong(13, t.growthPairs());
            var connection = statement.getConnection();
            statement.setArray(
                    14, connection.createArrayOf("text", t.themes().keySet().toArray()));
            statement.setArray(
                    15,
                    connection.createArrayOf(
                            "float8",
                            t.themes().values().stream().map(ThemeSum::sum).toArray()));
            statement.setArray(
                    16,
                    connection.createArrayOf(
                            "int4",
                            t.themes().values().stream()
                                    .map(s -> Math.toIntExact(s.count()))
                                    .toArray()));
        });
    }
}
