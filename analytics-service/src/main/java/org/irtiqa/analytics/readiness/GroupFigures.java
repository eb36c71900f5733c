package org.irtiqa.analytics.readiness;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures of every group of a scope, in three set-based queries (sums, theme scores and
 * growth, lastEventAt) over the whole union of the group's enrolments, never over per-institution
 * results. The caller's transaction gives the three one snapshot.
 */
@Component
class GroupFigures {

    private final JdbcClient jdbc;

    GroupFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Figures per group key; {@code keys} null for every group of the scope. */
    Map<String, Readiness> of(GroupScope scope, String[] keys) {
        boolean filtered = keys != null;
        Map<String, GroupSums> sums = new HashMap<>();
        query(FigureSql.SUMS, scope, filtered, keys).query(rs -> {
            sums.put(
                    rs.getString("g"),
                    new GroupSums(
                            rs.getLong("enrolled"),
                            rs.getLong("completed"),
                            rs.getLong("withdrawn"),
                            rs.getInt("levels"),
                            rs.getLong("expected"),
                            rs.getLong("attended"),
                            0,
                            0));
        });
        Map<String, Map<String, Double>> themes = new HashMap<>();
        query(FigureSql.THEMES, scope, filtered, keys).query(rs -> {
            String g = rs.getString("g");
            themes.computeIfAbsent(g, k -> new TreeMap<>()).put(rs.getString("theme"), rs.getDouble("mean"));
            sums.merge(
                    g,
                    GroupSums.NONE.withGrowth(rs.getDouble("growth_sum"), rs.getLong("growth_pairs")),
                    (a, b) -> a.withGrowth(b.growthSum(), b.growthPairs()));
        });
        Map<String, Instant> last = new HashMap<>();
        query(FigureSql.LAST_EVENT, scope, filtered, keys).query(rs -> {
            Timestamp at = rs.getTimestamp("last_event_at");
            last.put(rs.getString("g"), at == null ? null : at.toInstant());
        });

        Map<String, Readiness> figures = new HashMap<>();
        TreeSet<String> groups = new TreeSet<>(sums.keySet());
        groups.addAll(last.keySet());
        for (String g : groups) {
            figures.put(
                    g,
                    Readiness.of(sums.getOrDefault(g, GroupSums.NONE), themes.getOrDefault(g, Map.of()), last.get(g)));
        }
        return figures;
    }

    private JdbcClient.StatementSpec query(String template, GroupScope scope, boolean filtered, String[] keys) {
        String sql = template.replace("%MEMBERS%", scope.members(filtered))
                .replace("%INSTITUTIONS%", scope.institutions(filtered));
        JdbcClient.StatementSpec spec = jdbc.sql(sql);
        return filtered && sql.contains(":keys") ? spec.param("keys", keys) : spec;
    }
}
