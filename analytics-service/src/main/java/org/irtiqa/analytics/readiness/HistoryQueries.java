package org.irtiqa.analytics.readiness;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.irtiqa.analytics.readiness.Totals.ThemeSum;
import org.irtiqa.support.web.InvalidRequestException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Histories of the programme, an institution, a governorate or a cohort (readiness-metrics.md,
 * "History"): one entry per Asia/Muscat day, oldest first, from the day of the group's earliest
 * business instant (or {@code from}) to today (or {@code to}, at most today), at most
 * {@value #MAX_DAYS} entries; a fact dated after today counts on today. Read from the kept days of
 * the group's cells ({@link CellHistory}), a few rows per cell, and shown as the caller may see
 * each day (rules 1 and 2 of "Small groups"; no rule 3, as a history has no siblings).
 */
@Component
class HistoryQueries {

    static final int MAX_DAYS = 400;

    /** Which cells a group's history adds up; {@code :key} names the group. */
    enum Scope {
        PROGRAMME("true"),
        INSTITUTION("institution_code = :key"),
        GOVERNORATE("institution_code in (select code from institution where governorate = :key)"),
        COHORT("cohort_code = :key");

        private final String where;

        Scope(String where) {
            this.where = where;
        }
    }

    private final JdbcClient jdbc;
    private final ViewCache views;
    private final Clock clock;

    HistoryQueries(JdbcClient jdbc, ViewCache views, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.views = views;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public List<HistoryEntry> of(Scope scope, String key, LocalDate from, LocalDate to, SmallGroups audience) {
        LocalDate today = LocalDate.now(clock.withZone(CellHistory.MUSCAT));
        if (from != null && to != null && from.isAfter(to)) {
            throw InvalidRequestException.of("from", "must not be after to");
        }
        LocalDate last = to == null || to.isAfter(today) ? today : to;
        if (from != null && ChronoUnit.DAYS.between(from, last) >= MAX_DAYS) {
            throw InvalidRequestException.of("from", "a history has at most " + MAX_DAYS + " days");
        }
        // the days move with the version too (HistoryWriter), and the answer with today
        List<Object> question = Arrays.asList("history", scope, key, from, last, today, audience);
        return views.answer(question, () -> read(scope, key, from, last, today, audience));
    }

    private List<HistoryEntry> read(
            Scope scope, String key, LocalDate from, LocalDate last, LocalDate today, SmallGroups audience) {
        var spec = jdbc.sql("""
                select institution_code, cohort_code, level, day, enrolled, completed, withdrawn, expected, attended,
                       scored, paired, growth_sum, growth_pairs, themes, theme_sums, theme_counts
                from readiness_cell_day where %s order by day, institution_code, cohort_code, level""".formatted(scope.where));
        List<CellHistory.Day> days = (scope == Scope.PROGRAMME ? spec : spec.param("key", key))
                .query((rs, row) -> day(rs))
                .list();
        if (days.isEmpty() && from == null) {
            return List.of();
        }
        LocalDate first = from != null ? from : days.getFirst().day();
        if (from == null && ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            first = last.minusDays(MAX_DAYS - 1);
        }
        boolean own = scope == Scope.INSTITUTION && audience.isOwn(key);
        GroupHistory group = new GroupHistory();
        GroupHistory ownPart = new GroupHistory();
        List<HistoryEntry> entries = new ArrayList<>();
        int next = 0;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            boolean lastDay = date.equals(today);
            while (next < days.size() && (lastDay || !days.get(next).day().isAfter(date))) {
                CellHistory.Day day = days.get(next++);
                group.add(day);
                if (audience.isOwn(day.institution())) {
                    ownPart.add(day);
                }
            }
            Group now = group.now();
            entries.add(HistoryEntry.of(date, now, audience.disclose(now, own, ownPart.now())));
        }
        return List.copyOf(entries);
    }

    private static CellHistory.Day day(ResultSet rs) throws SQLException {
        String[] themes = (String[]) rs.getArray(14).getArray();
        Double[] sums = doubles(rs.getArray(15));
        Integer[] counts = (Integer[]) rs.getArray(16).getArray();
        TreeMap<String, ThemeSum> byTheme = new TreeMap<>();
        for (int i = 0; i < themes.length; i++) {
            byTheme.put(themes[i], new ThemeSum(sums[i], counts[i]));
        }
        return new CellHistory.Day(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, LocalDate.class),
                new Totals(
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9),
                        rs.getLong(10),
                        rs.getLong(11),
                        rs.getDouble(12),
                        rs.getLong(13),
                        0,
                        byTheme,
                        null));
    }

    private static Double[] doubles(Array array) throws SQLException {
        return (Double[]) array.getArray();
    }
}
