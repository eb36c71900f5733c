package org.irtiqa.scheduling.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SessionRepository {

    /** PostgreSQL's exclusion_violation: the session_no_overlap constraint refused the row. */
    private static final String EXCLUSION_VIOLATION = "23P01";

    private final JdbcClient jdbc;

    SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * False when the session overlaps a non-cancelled session of its cohort. The exclusion
     * constraint decides, so two racing requests cannot both get in (a check-then-insert could),
     * whatever instance of the service they reach.
     */
    boolean insert(Session s, Instant scheduledAt) {
        lockCohort(s.cohortCode());
        return withoutOverlap(() -> jdbc.sql("""
                        insert into session (id, cohort_code, title_en, title_ar, format, theme, starts_at, ends_at,
                                             venue, speakers, status, attendee_count, scheduled_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
                        .params(
                                s.id(),
                                s.cohortCode(),
                                s.titleEn(),
                                s.titleAr(),
                                s.format().name(),
                                s.theme().name(),
                                utc(s.startsAt()),
                                utc(s.endsAt()),
                                s.venue(),
                                s.speakers().toArray(String[]::new),
                                s.status().name(),
                                utc(scheduledAt))
                        .update())
                .isPresent();
    }

    /**
     * The session, locked for the rest of the transaction (a reschedule decides on its current
     * state). The cohort's lock is taken first, in the same order as {@link #insert}.
     */
    Optional<Session> lockForReschedule(UUID id) {
        return find(id).flatMap(session -> {
            lockCohort(session.cohortCode());
            return jdbc.sql("select * from session where id = ? for update")
                    .param(id)
                    .query(SessionRepository::map)
                    .optional();
        });
    }

    /**
     * Writes the new times and texts and returns the session's new revision; empty when the new
     * interval overlaps another non-cancelled session of the cohort (the exclusion constraint decides).
     */
    Optional<Long> reschedule(Session s) {
        return withoutOverlap(() -> jdbc.sql("""
                        update session set title_en = ?, title_ar = ?, starts_at = ?, ends_at = ?, venue = ?,
                                           speakers = ?, revision = revision + 1
                        where id = ? returning revision""")
                .params(
                        s.titleEn(),
                        s.titleAr(),
                        utc(s.startsAt()),
                        utc(s.endsAt()),
                        s.venue(),
                        s.speakers().toArray(String[]::new),
                        s.id())
                .query(Long.class)
                .single());
    }

    /**
     * Two transactions writing conflicting rows at once would each wait for the other inside the
     * exclusion check (a deadlock PostgreSQL breaks by failing one with 40P01). Queuing the writes
     * of one cohort behind a transaction-scoped lock makes the loser see the winner's committed row
     * and fail cleanly with 23P01 instead.
     */
    private void lockCohort(String cohortCode) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('scheduling.session:' || ?))")
                .param(cohortCode)
                .query()
                .singleRow();
    }

    /** The result of {@code write}; empty when the session_no_overlap constraint refused it. */
    private static <T> Optional<T> withoutOverlap(Supplier<T> write) {
        try {
            return Optional.of(write.get());
        } catch (DataIntegrityViolationException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Cancels a SCHEDULED session; empty when it is missing or no longer SCHEDULED. */
    Optional<Session> cancel(UUID id, Instant at, String reason) {
        return jdbc.sql("""
                        update session set status = 'CANCELLED', status_changed_at = ?, cancellation_reason = ?,
                                           attendee_count = 0
                        where id = ? and status = 'SCHEDULED' returning *""")
                .params(utc(at), reason, id)
                .query(SessionRepository::map)
                .optional();
    }

    /**
     * Completes a SCHEDULED session that has begun; empty when it is missing, no longer
     * SCHEDULED, or starts after {@code at} (one conditional update, so a racing reschedule cannot
     * slip in between the check and the change).
     */
    Optional<Session> complete(UUID id, Instant at, int attendeeCount) {
        return jdbc.sql("""
                        update session set status = 'COMPLETED', status_changed_at = ?, attendee_count = ?
                        where id = ? and status = 'SCHEDULED' and starts_at <= ? returning *""")
                .params(utc(at), attendeeCount, id, utc(at))
                .query(SessionRepository::map)
                .optional();
    }

    /** Counts an attendee in ({@code +1}, a late one) or out ({@code -1}, a revoked one). */
    void countAttendees(UUID id, int change) {
        jdbc.sql("update session set attendee_count = attendee_count + ? where id = ?")
                .params(change, id)
                .update();
    }

    Optional<Session> find(UUID id) {
        return jdbc.sql("select * from session where id = ?")
                .param(id)
                .query(SessionRepository::map)
                .optional();
    }

    List<Session> ofCohort(String cohortCode) {
        return jdbc.sql("select * from session where cohort_code = ? order by starts_at, id")
                .param(cohortCode)
                .query(SessionRepository::map)
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Session map(ResultSet rs, int row) throws SQLException {
        return new Session(
                rs.getObject("id", UUID.class),
                rs.getString("cohort_code"),
                rs.getString("title_en"),
                rs.getString("title_ar"),
                SessionFormat.valueOf(rs.getString("format")),
                Theme.valueOf(rs.getString("theme")),
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                rs.getString("venue"),
                Arrays.asList((String[]) rs.getArray("speakers").getArray()),
                SessionStatus.valueOf(rs.getString("status")),
                rs.getInt("attendee_count"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
