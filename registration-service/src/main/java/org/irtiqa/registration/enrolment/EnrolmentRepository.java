package org.irtiqa.registration.enrolment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.irtiqa.registration.participant.LeadershipLevel;
import org.irtiqa.registration.system.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EnrolmentRepository {

    private static final String INSERT = """
            insert into enrolment (id, participant_id, institution_code, cohort_code, level, status, enrolled_at)
            values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""";

    /**
     * An enrolment as shown: with its participant's current level. The row's own {@code level}
     * keeps the one its ParticipantEnrolled carried; a corrected level of the participant shows
     * on all their enrolments, as the figures count it (readiness-metrics.md).
     */
    private static final String SHOWN = """
            select e.id, e.participant_id, e.institution_code, e.cohort_code, p.level, e.status,
                   e.enrolled_at, e.withdrawn_at, e.completed_at, e.withdrawal_reason
            from enrolment e join participant p on p.id = e.participant_id""";

    private static final String FILTER = """
            (cast(:cohort as text) is null or e.cohort_code = :cohort)
            and (cast(:institution as text) is null or e.institution_code = :institution)
            and (cast(:status as text) is null or e.status = :status)
            and (cast(:participant as uuid) is null or e.participant_id = :participant)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    EnrolmentRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** False when the participant already has an active enrolment (the partial unique index decides). */
    boolean insert(Enrolment e) {
        return batch.update(INSERT, ps -> bind(ps, e)) == 1;
    }

    /** Inserts in batches; returns how many were inserted (fewer when one already had an active enrolment). */
    int insertAll(List<Enrolment> enrolments) {
        int[][] counts = batch.batchUpdate(INSERT, enrolments, 1000, EnrolmentRepository::bind);
        return Arrays.stream(counts)
                .flatMapToInt(Arrays::stream)
                .map(c -> Math.max(c, 0))
                .sum();
    }

    /**
     * Moves an ENROLLED enrolment to {@code to} at {@code at}, not before it was enrolled; false
     * when it is missing, not ENROLLED, or enrolled after {@code at} (the caller finds out which).
     */
    boolean transition(UUID id, EnrolmentStatus to, Instant at, String reason) {
        String column = to == EnrolmentStatus.WITHDRAWN ? "withdrawn_at" : "completed_at";
        return jdbc.sql("update enrolment set status = :to, " + column + " = :at, withdrawal_reason = :reason "
                                + "where id = :id and status = 'ENROLLED' and enrolled_at <= :at")
                        .param("to", to.name())
                        .param("at", Timestamp.from(at))
                        .param("reason", reason)
                        .param("id", id)
                        .update()
                == 1;
    }

    Optional<Enrolment> find(UUID id) {
        return jdbc.sql(SHOWN + " where e.id = ?")
                .param(id)
                .query(EnrolmentRepository::map)
                .optional();
    }

    List<Enrolment> page(EnrolmentFilter filter, PageRequest request) {
        return jdbc.sql(SHOWN + " where " + FILTER + " order by e.enrolled_at, e.id limit :limit offset :offset")
                .params(params(filter))
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(EnrolmentRepository::map)
                .list();
    }

    long count(EnrolmentFilter filter) {
        return jdbc.sql("select count(*) from enrolment e where " + FILTER)
                .params(params(filter))
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> params(EnrolmentFilter filter) {
        var params = new HashMap<String, Object>();
        params.put("cohort", filter.cohortCode());
        params.put("institution", filter.institutionCode());
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put("participant", filter.participantId());
        return params;
    }

    private static void bind(java.sql.PreparedStatement ps, Enrolment e) throws SQLException {
        ps.setObject(1, e.id());
        ps.setObject(2, e.participantId());
        ps.setString(3, e.institutionCode());
        ps.setString(4, e.cohortCode());
        ps.setString(5, e.level().name());
        ps.setString(6, e.status().name());
        ps.setTimestamp(7, Timestamp.from(e.enrolledAt()));
    }

    private static Enrolment map(ResultSet rs, int row) throws SQLException {
        return new Enrolment(
                rs.getObject("id", UUID.class),
                rs.getObject("participant_id", UUID.class),
                rs.getString("institution_code"),
                rs.getString("cohort_code"),
                LeadershipLevel.valueOf(rs.getString("level")),
                EnrolmentStatus.valueOf(rs.getString("status")),
                instant(rs, "enrolled_at"),
                instant(rs, "withdrawn_at"),
                instant(rs, "completed_at"),
                rs.getString("withdrawal_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
