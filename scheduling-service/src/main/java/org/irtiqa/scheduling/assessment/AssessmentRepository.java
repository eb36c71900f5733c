package org.irtiqa.scheduling.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.irtiqa.scheduling.session.Theme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assessments with their revision: 0 when recorded, +1 at each correction or retraction. */
@Repository
class AssessmentRepository {

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Assessment a, Instant recordedAt) {
        jdbc.sql("""
                        insert into assessment (id, participant_id, enrolment_id, institution_code, cohort_code, theme, kind,
                                                score, original_score, assessed_at, session_id, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        a.id(),
                        a.participantId(),
                        a.enrolmentId(),
                        a.institutionCode(),
                        a.cohortCode(),
                        a.theme().name(),
                        a.kind().name(),
                        a.score(),
                        a.originalScore(),
                        utc(a.assessedAt()),
                        a.sessionId(),
                        utc(recordedAt))
                .update();
    }

    Optional<Assessment> find(UUID id) {
        return jdbc.sql("select * from assessment where id = ?")
                .param(id)
                .query(AssessmentRepository::map)
                .optional();
    }

    /** The assessment, locked for the rest of the transaction (a correction decides on its current state). */
    Optional<Assessment> lock(UUID id) {
        return jdbc.sql("select * from assessment where id = ? for update")
                .param(id)
                .query(AssessmentRepository::map)
                .optional();
    }

    /** Those not retracted, by assessedAt. */
    List<Assessment> ofParticipant(UUID participantId) {
        return jdbc.sql("""
                        select * from assessment where participant_id = ? and retracted_at is null
                        order by assessed_at, id""")
                .param(participantId)
                .query(AssessmentRepository::map)
                .list();
    }

    /** Sets the corrected score; returns the new revision. */
    long correct(UUID id, double score, Instant at, String reason) {
        return jdbc.sql("""
                        update assessment set score = ?, corrected_at = ?, correction_reason = ?, revision = revision + 1
                        where id = ? returning revision""")
                .params(score, utc(at), reason, id)
                .query(Long.class)
                .single();
    }

    /** Marks the assessment retracted; returns the new revision. */
    long retract(UUID id, Instant at, String reason) {
        return jdbc.sql("""
                        update assessment set retracted_at = ?, retraction_reason = ?, revision = revision + 1
                        where id = ? returning revision""").params(utc(at), reason, id).query(Long.class).single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Assessment map(ResultSet rs, int row) throws SQLException {
        return new Assessment(
                rs.getObject("id", UUID.class),
                rs.getObject("participant_id", UUID.class),
                rs.getObject("enrolment_id", UUID.class),
                rs.getString("institution_code"),
                rs.getString("cohort_code"),
                Theme.valueOf(rs.getString("theme")),
                AssessmentKind.valueOf(rs.getString("kind")),
                rs.getDouble("score"),
                rs.getObject("assessed_at", OffsetDateTime.class).toInstant(),
                rs.getObject("session_id", UUID.class),
                rs.getDouble("original_score"),
                rs.getObject("corrected_at") != null,
                rs.getObject("retracted_at") != null);
    }
}
