package org.irtiqa.analytics.intake;

import java.sql.PreparedStatement;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Folds a batch into the state tables with one statement per table: the batch's rows are grouped
 * per key first (an upsert may touch a row only once per statement), then merged with what is
 * there by the same order-free rules (see V2 migration).
 */
@Component
class StateWriter {

    private static final String INSTITUTIONS = """
            insert into institution (code, name_en, name_ar, governorate, last_event_at)
            select distinct on (code) code, name_en, name_ar, governorate, from_millis(at)
            from unnest(?, ?, ?, ?, ?) as t(code, name_en, name_ar, governorate, at)
            order by code, at desc
            on conflict (code) do update set last_event_at = greatest(institution.last_event_at, excluded.last_event_at)""";

    /** Final statuses sort before ENROLLED, the earliest final one first: the status an enrolment ends with. */
    private static final String ENROLMENTS = """
            insert into enrolment (id, participant_id, institution_code, cohort_code, level, status, status_at, last_event_at)
            select id, (array_agg(participant_id))[1], (array_agg(institution_code))[1], (array_agg(cohort_code))[1],
                   (array_agg(level) filter (where level is not null))[1],
                   (array_agg(status order by status = 'ENROLLED', at, status))[1],
                   from_millis(min(at) filter (where status <> 'ENROLLED')),
                   from_millis(max(at))
            from unnest(?, ?, ?, ?, ?, ?, ?) as t(id, participant_id, institution_code, cohort_code, level, status, at)
            group by id
            on conflict (id) do update set
                level = coalesce(enrolment.level, excluded.level),
                status = case when excluded.status <> 'ENROLLED' and (enrolment.status = 'ENROLLED'
                                  or (excluded.status_at, excluded.status) < (enrolment.status_at, enrolment.status))
                              then excluded.status else enrolment.status end,
                status_at = case when excluded.status <> 'ENROLLED' and (enrolment.status = 'ENROLLED'
                                  or (excluded.status_at, excluded.status) < (enrolment.status_at, enrolment.status))
                              then excluded.status_at else enrolment.status_at end,
                last_event_at = greatest(enrolment.last_event_at, excluded.last_event_at)""";

    private static final String SESSIONS = """
            insert into session (id, cohort_code, completed, cancelled, last_event_at)
            select id, min(cohort_code), bool_or(completed), bool_or(cancelled), from_millis(max(at))
            from unnest(?, ?, ?, ?, ?) as t(id, cohort_code, completed, cancelled, at)
            group by id
            on conflict (id) do update set
                completed = session.completed or excluded.completed,
                cancelled = session.cancelled or excluded.cancelled,
                last_event_at = greatest(session.last_event_at, excluded.last_event_at)""";

    private static final String ATTENDANCE = """
            insert into attendance (enrolment_id, session_id, last_event_at)
            select enrolment_id, session_id, from_millis(max(at))
            from unnest(?, ?, ?) as t(enrolment_id, session_id, at)
            group by enrolment_id, session_id
            on conflict (enrolment_id, session_id) do update
                set last_event_at = greatest(attendance.last_event_at, excluded.last_event_at)""";

    /** An assessment never changes; a second event for the same id can only move lastEventAt. */
    private static final String ASSESSMENTS = """
            insert into assessment (id, enrolment_id, theme, kind, score, assessed_at, last_event_at)
            select distinct on (id) id, enrolment_id, theme, kind, score, from_millis(assessed_at), from_millis(at)
            from unnest(?, ?, ?, ?, ?, ?, ?) as t(id, enrolment_id, theme, kind, score, assessed_at, at)
            order by id, at desc
            on conflict (id) do update set last_event_at = greatest(assessment.last_event_at, excluded.last_event_at)""";

    private final JdbcTemplate jdbc;

    StateWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(IntakeBatch batch) {
        upsert(INSTITUTIONS, batch.institutions);
        upsert(ENROLMENTS, batch.enrolments);
        upsert(SESSIONS, batch.sessions);
        upsert(ATTENDANCE, batch.attendance);
        upsert(ASSESSMENTS, batch.assessments);
    }

    private void upsert(String sql, Columns rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < rows.width(); i++) {
                    statement.setArray(i + 1, connection.createArrayOf(rows.type(i), rows.values(i)));
                }
                return statement.executeUpdate();
            }
        });
    }
}
