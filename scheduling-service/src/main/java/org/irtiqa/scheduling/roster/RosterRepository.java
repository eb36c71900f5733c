package org.irtiqa.scheduling.roster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the roster tables that {@link RosterProjection} keeps. */
@Repository
class RosterRepository {

    private static final String ACTIVE = "status in ('ENROLLED', 'COMPLETED')";

    private final JdbcClient jdbc;

    RosterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RosterCohort> cohort(String code) {
        return jdbc.sql("select * from roster_cohort where code = ?")
                .param(code)
                .query((rs, row) -> new RosterCohort(
                        rs.getString("code"),
                        rs.getString("name_en"),
                        rs.getString("name_ar"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class)))
                .optional();
    }

    /** Registration allows one active enrolment per participant; the newest wins should two overlap here. */
    Optional<ActiveEnrolment> activeEnrolment(UUID participantId) {
        return jdbc.sql("select * from roster_enrolment where participant_id = ? and " + ACTIVE
                        + " order by id desc limit 1")
                .param(participantId)
                .query(RosterRepository::active)
                .optional();
    }

    List<ActiveEnrolment> activeEnrolmentsIn(String cohortCode, Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from roster_enrolment where cohort_code = :cohort and participant_id in (:ids) and "
                        + ACTIVE)
                .param("cohort", cohortCode)
                .param("ids", participantIds)
                .query(RosterRepository::active)
                .list();
    }

    /**
     * An enrolment's level is its participant's once an event of that participant has arrived (so
     * that a corrected level corrects the roster), else the level its ParticipantEnrolled carried.
     */
    List<RosterEntry> members(String cohortCode, String institutionCode) {
        return jdbc.sql("""
                        select e.participant_id, e.id, e.institution_code, coalesce(p.level, e.level) as level,
                               e.status, p.display_name_en, p.display_name_ar
                        from roster_enrolment e left join roster_participant p on p.id = e.participant_id
                        where e.cohort_code = :cohort and e.status in ('ENROLLED', 'COMPLETED')
                          and (cast(:institution as text) is null or e.institution_code = :institution)
                        order by p.display_name_en, e.participant_id""")
                .param("cohort", cohortCode)
                .param("institution", institutionCode)
                .query((rs, row) -> new RosterEntry(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    private static ActiveEnrolment active(ResultSet rs, int row) throws SQLException {
        return new ActiveEnrolment(
                rs.getObject("id", UUID.class),
                rs.getObject("participant_id", UUID.class),
                rs.getString("institution_code"),
                rs.getString("cohort_code"),
                Optional.ofNullable(rs.getObject("enrolled_at", OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant)
                        .orElse(null));
    }
}
