package org.irtiqa.scheduling.attendance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.irtiqa.scheduling.roster.ActiveEnrolment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AttendanceRepository {

    private final JdbcClient jdbc;

    AttendanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the pair is already recorded: the primary key decides, also between racing requests. */
    boolean insert(Attendance a, ActiveEnrolment enrolment) {
        return jdbc.sql("""
                        insert into attendance (session_id, participant_id, enrolment_id, institution_code, cohort_code,
                                                recorded_at)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(
                                a.sessionId(),
                                a.participantId(),
                                a.enrolmentId(),
                                enrolment.institutionCode(),
                                enrolment.cohortCode(),
                                OffsetDateTime.ofInstant(a.recordedAt(), ZoneOffset.UTC))
                        .update()
                == 1;
    }

    Optional<Attendance> find(UUID sessionId, UUID participantId) {
        return jdbc.sql("select * from attendance where session_id = ? and participant_id = ?")
                .params(sessionId, participantId)
                .query(AttendanceRepository::map)
                .optional();
    }

    /** The session's attendance, of one institution's participants when {@code institutionCode} is set. */
    List<Attendance> ofSession(UUID sessionId, String institutionCode) {
        return jdbc.sql("""
                        select * from attendance
                        where session_id = :session and (cast(:institution as text) is null or institution_code = :institution)
                        order by recorded_at, participant_id""")
                .param("session", sessionId)
                .param("institution", institutionCode)
                .query(AttendanceRepository::map)
                .list();
    }

    private static Attendance map(ResultSet rs, int row) throws SQLException {
        return new Attendance(
                rs.getObject("session_id", UUID.class),
                rs.getObject("participant_id", UUID.class),
                rs.getObject("enrolment_id", UUID.class),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
