package org.irtiqa.analytics.readiness;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.irtiqa.analytics.readiness.ParticipantProgress.RiskFlag;
import org.irtiqa.analytics.readiness.ParticipantProgress.ThemeProgress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress of every enrolment of one institution, read from the state (one institution's
 * enrolments: a few rows), with the flags of {@link CellSql#FLAGS}, the same SQL the at-risk
 * counts of the figures use.
 */
@Component
class ParticipantQueries {

    private static final String PROGRESS =
            """
            with e as (select * from (%1$s) e where e.institution_code = :code and (:cohort = '' or e.cohort_code = :cohort)),
            held as (select cohort_code, count(*) as n from session
                     where completed and not cancelled and cohort_code in (select cohort_code from e)
                     group by cohort_code),
            f as (%2$s)
            select e.id, e.participant_id, p.display_name_en, p.display_name_ar, e.level, e.cohort_code, e.status,
                   coalesce(a.attended, 0) as attended, coalesce(h.n, 0) as expected,
                   f.low_attendance, f.missed_recent, f.no_baseline, f.low_proficiency, f.declining
            from e
            left join participant p on p.id = e.participant_id
            left join enrolment_activity a on a.enrolment_id = e.id
            left join held h on h.cohort_code = e.cohort_code
            left join f on f.id = e.id""".formatted(CellSql.ENROLMENTS, CellSql.FLAGS.formatted("select * from e"));

    private static final String THEMES = """
            select r.enrolment_id, r.theme, r.latest_score, r.baseline_score
            from theme_result r join enrolment e on e.id = r.enrolment_id
            where e.institution_code = :code and (:cohort = '' or e.cohort_code = :cohort)
              and (r.latest_score is not null or r.baseline_score is not null)""";

    /** At risk first, then by English name (unknown names last), then enrolment. */
    private static final Comparator<ParticipantProgress> ORDER = Comparator.comparing(
                    ParticipantProgress::atRisk, Comparator.reverseOrder())
            .thenComparing(ParticipantProgress::displayNameEn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(p -> p.enrolmentId().toString());

    private final JdbcClient jdbc;

    ParticipantQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<ParticipantProgress> of(String institution, String cohort, boolean atRiskOnly) {
        ReadinessQueries.lockServing(jdbc);
        String cohortFilter = cohort == null ? "" : cohort;
        Map<UUID, Map<String, ThemeProgress>> themes = new HashMap<>();
        jdbc.sql(THEMES)
                .param("code", institution)
                .param("cohort", cohortFilter)
                .query(rs -> {
                    Double latest = nullable(rs, 3);
                    Double baseline = nullable(rs, 4);
                    themes.computeIfAbsent(rs.getObject(1, UUID.class), k -> new TreeMap<>())
                            .put(
                                    rs.getString(2),
                                    new ThemeProgress(
                                            latest,
                                            baseline,
                                            latest == null || baseline == null ? null : latest - baseline));
                });
        List<ParticipantProgress> progress = new ArrayList<>();
        jdbc.sql(PROGRESS)
                .param("code", institution)
                .param("cohort", cohortFilter)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    Map<String, ThemeProgress> own = themes.getOrDefault(id, Map.of());
                    List<RiskFlag> flags = flags(rs);
                    long attended = rs.getLong("attended");
                    long expected = rs.getLong("expected");
                    progress.add(new ParticipantProgress(
                            id,
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            attended,
                            expected,
                            expected == 0 ? null : (double) attended / expected,
                            proficiency(own),
                            own,
                            flags,
                            !flags.isEmpty()));
                });
        return progress.stream()
                .filter(p -> !atRiskOnly || p.atRisk())
                .sorted(ORDER)
                .toList();
    }

    private static List<RiskFlag> flags(ResultSet rs) throws SQLException {
        List<RiskFlag> flags = new ArrayList<>();
        for (RiskFlag flag : RiskFlag.values()) {
            if (rs.getBoolean(flag.name().toLowerCase())) {
                flags.add(flag);
            }
        }
        return flags;
    }

    /** The mean of the latest scores over the themes that have one. */
    private static Double proficiency(Map<String, ThemeProgress> themes) {
        double sum = 0;
        int n = 0;
        for (ThemeProgress theme : themes.values()) {
            if (theme.latest() != null) {
                sum += theme.latest();
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    private static Double nullable(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
