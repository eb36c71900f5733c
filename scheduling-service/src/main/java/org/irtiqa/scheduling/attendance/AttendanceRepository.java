package org.irtiqa.scheduling.attendance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.irtiqa.scheduling.roster.ActiveEnrolment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One row per (enrolment, session) pair, whose revision counts the pair's changes: 0 when first
 * recorded, +1 at each revocation and at each recording after one.
 */
@Repository
class AttendanceRepository {

    private final JdbcClient jdbc;

    AttendanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the pair, or records a revoked pair again, and returns its revision; empty when the
     * pair is already recorded and not revoked. The primary key decides, also between racing requests.
     */
    Optional<Long> record(Attendance a, ActiveEnrolment enrolment) {
        return jdbc.sql("""
                        insert into attendance (session_id, participant_id, enrolment_id, institution_code, cohort_code,
                                                recorded_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (session_id, enrolment_id) do update set
                            revision = attendance.revision + 1, recorded_at = excluded.recorded_at,
                            revoked_at = null, revocation_reason = null
                        where attendance.revoked_at is not null
                        returning revision""")
                .params(
                        a.sessionId(),
                        a.participantId(),
                        a.enrolmentId(),
                        enrolment.institutionCode(),
                        enrolment.cohortCode(),
                        utc(a.recordedAt()))
                .query(Long.class)
                .optional();
    }

    /** The participant's attendance of the session that is not revoked. */
    Optional<Attendance> find(UUID sessionId, UUID participantId) {
        return jdbc.sql("select * from attendance where session_id = ? and participant_id = ? and revoked_at is null")
                .params(sessionId, participantId)
                .query(AttendanceRepository::map)
                .optional();
    }

    /**
     * The participant's attendance of the session, locked: the unrevoked one if there is one, else
     * the one revoked last; empty when none was ever recorded.
     */
    Optional<StoredAttendance> lockLatest(UUID sessionId, UUID participantId) {
        return jdbc.sql("""
                        select * from attendance where session_id = ? and participant_id = ?
                        order by revoked_at is null desc, revoked_at desc limit 1 for update""")
                .params(sessionId, participantId)
                .query((rs, row) -> new StoredAttendance(
                        map(rs, row),
                        rs.getString("institution_code"),
                        rs.getString("cohort_code"),
                        rs.getLong("revision")))
                .optional();
    }

    /** Marks the pair revoked and returns its new revision. */
    long revoke(Attendance a, Instant at, String reason) {
        return jdbc.sql("""
                        update attendance set revoked_at = ?, revocation_reason = ?, revision = revision + 1
                        where session_id = ? and enrolment_id = ? returning revision""")
                .params(utc(at), reason, a.sessionId(), a.enrolmentId())
                .query(Long.class)
                .single();
    }

    /** The session's attendance, of one institution's participants when {@code institutionCode} is set. */
    List<Attendance> ofSession(UUID sessionId, String institutionCode) {
        return jdbc.sql("""
                        select * from attendance
                        where session_id = :session and revoked_at is null
                          and (cast(:institution as text) is null or institution_code = :institution)
                        order by recorded_at, participant_id""")
                .param("session", sessionId)
                .param("institution", institutionCode)
                .query(AttendanceRepository::map)
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Attendance map(ResultSet rs, int row) throws SQLException {
        return new Attendance(
                rs.getObject("session_id", UUID.class),
                rs.getObject("participant_id", UUID.class),
                rs.getObject("enrolment_id", UUID.class),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getObject("revoked_at") != null);
    }
}
