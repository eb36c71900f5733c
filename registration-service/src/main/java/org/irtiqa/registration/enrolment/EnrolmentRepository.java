package org.irtiqa.registration.enrolment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.irtiqa.registration.participant.LeadershipLevel;
import org.irtiqa.registration.system.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EnrolmentRepository {

    private static final String FILTER = """
            (cast(:cohort as text) is null or cohort_code = :cohort)
            and (cast(:institution as text) is null or institution_code = :institution)
            and (cast(:status as text) is null or status = :status)""";

    private final JdbcClient jdbc;

    EnrolmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the participant already has an active enrolment (the partial unique index decides). */
    boolean insert(Enrolment e) {
        return jdbc.sql("""
                        insert into enrolment (id, participant_id, institution_code, cohort_code, level, status, enrolled_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(
                                e.id(),
                                e.participantId(),
                                e.institutionCode(),
                                e.cohortCode(),
                                e.level().name(),
                                e.status().name(),
                                Timestamp.from(e.enrolledAt()))
                        .update()
                == 1;
    }

    /** Moves an ENROLLED enrolment to {@code to}; empty when it is missing or not ENROLLED. */
    Optional<Enrolment> transition(UUID id, EnrolmentStatus to, Instant at, String reason) {
        String column = to == EnrolmentStatus.WITHDRAWN ? "withdrawn_at" : "completed_at";
        return jdbc.sql("update enrolment set status = ?, " + column + " = ?, withdrawal_reason = ? "
                        + "where id = ? and status = 'ENROLLED' returning *")
                .params(to.name(), Timestamp.from(at), reason, id)
                .query(EnrolmentRepository::map)
                .optional();
    }

    Optional<Enrolment> find(UUID id) {
        return jdbc.sql("select * from enrolment where id = ?")
                .param(id)
                .query(EnrolmentRepository::map)
                .optional();
    }

    List<Enrolment> page(EnrolmentFilter filter, PageRequest request) {
        return jdbc.sql("select * from enrolment where " + FILTER
                        + " order by enrolled_at, id limit :limit offset :offset")
                .params(params(filter))
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(EnrolmentRepository::map)
                .list();
    }

    long count(EnrolmentFilter filter) {
        return jdbc.sql("select count(*) from enrolment where " + FILTER)
                .params(params(filter))
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> params(EnrolmentFilter filter) {
        var params = new HashMap<String, Object>();
        params.put("cohort", filter.cohortCode());
        params.put("institution", filter.institutionCode());
        params.put("status", filter.status() == null ? null : filter.status().name());
        return params;
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
                instant(rs, "completed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
