package org.irtiqa.analytics.readiness;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The facts of some institutions' enrolments (those whose ParticipantEnrolled, and so whose
 * enrolledAt, is known) with their business instants (readiness-metrics.md,
 * "History"), as the state knows them now, corrections folded: enrolments (level, final status and
 * when), the held sessions of their cohorts (startsAt of the winning schedule, else heldAt), the
 * sessions each enrolment attended, and the assessments that count (corrected scores, none
 * retracted).
 */
@Component
class HistoryFacts {

    record Enrolment(
            UUID id,
            String institution,
            String cohort,
            String level,
            String status,
            Instant startsAt,
            Instant statusAt) {}

    record Session(UUID id, Instant at) {}

    record Assessment(String id, String theme, boolean baseline, double score, Instant assessedAt) {}

    /** What the history of the institutions' cells is computed from. */
    record Facts(
            List<Enrolment> enrolments,
            Map<String, List<Session>> heldByCohort,
            Map<UUID, Set<UUID>> attended,
            Map<UUID, List<Assessment>> assessments) {}

    private final JdbcClient jdbc;

    HistoryFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Facts of(String[] codes) {
        List<Enrolment> enrolments = jdbc.sql("""
                        select e.id, e.institution_code, e.cohort_code, e.level, e.status,
                               e.enrolled_at, e.status_at
                        from (%s) e where e.institution_code = any(:codes) and e.enrolled_at is not null
                        order by e.id""".formatted(CellSql.ENROLMENTS))
                .param("codes", codes)
                .query((rs, row) -> new Enrolment(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        instant(rs.getTimestamp(6)),
                        instant(rs.getTimestamp(7))))
                .list();
        Map<String, List<Session>> held = new HashMap<>();
        jdbc.sql("""
                        select s.cohort_code, s.id, coalesce(ss.starts_at, s.held_at)
                        from session s left join session_schedule ss on ss.session_id = s.id
                        where s.completed and not s.cancelled
                          and s.cohort_code in (select cohort_code from enrolment where institution_code = any(:codes))""").param("codes", codes).query(rs -> {
            held.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new Session(rs.getObject(2, UUID.class), instant(rs.getTimestamp(3))));
        });
        Map<UUID, Set<UUID>> attended = new HashMap<>();
        jdbc.sql("""
                        select a.enrolment_id, a.session_id from attendance a join enrolment e on e.id = a.enrolment_id
                        where a.present and e.institution_code = any(:codes)""").param("codes", codes).query(rs -> {
            attended.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                    .add(rs.getObject(2, UUID.class));
        });
        Map<UUID, List<Assessment>> assessments = new HashMap<>();
        jdbc.sql("""
                        select a.enrolment_id, a.id, a.theme, a.kind = 'BASELINE', coalesce(c.score, a.score), a.assessed_at
                        from assessment a
                        join enrolment e on e.id = a.enrolment_id
                        left join assessment_correction c on c.assessment_id = a.id
                        where e.institution_code = any(:codes)
                          and not exists (select 1 from assessment_retraction r where r.assessment_id = a.id)""").param("codes", codes).query(rs -> {
            assessments
                    .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new Assessment(
                            rs.getObject(2, UUID.class).toString(),
                            rs.getString(3),
                            rs.getBoolean(4),
                            rs.getDouble(5),
                            instant(rs.getTimestamp(6))));
        });
        return new Facts(enrolments, held, attended, assessments);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
