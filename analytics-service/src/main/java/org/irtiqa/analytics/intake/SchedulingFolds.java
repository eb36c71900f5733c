package org.irtiqa.analytics.intake;

import static org.irtiqa.support.events.EventOrder.supersedesSql;

/**
 * The upserts that fold scheduling's events into the state tables, one statement per table and
 * batch, by the same order-free rules as {@link RegistrationFolds}: flags only become true,
 * timestamps keep their greatest value, and where events correct one another (a schedule and its
 * reschedules, an attendance and its revocation, an assessment's corrections) the stored row is
 * the winner by EventOrder of every event seen. Each in key order, like those.
 */
final class SchedulingFolds {

    private SchedulingFolds() {}

    /** Every session event, reschedules included (they count in lastEventAt). */
    static final String SESSIONS = """
            insert into session (id, cohort_code, completed, cancelled, held_at, last_event_at)
            select id, min(cohort_code), bool_or(completed), bool_or(cancelled), from_millis(max(held_at)),
                   from_millis(max(at))
            from unnest(?, ?, ?, ?, ?, ?) as t(id, cohort_code, completed, cancelled, held_at, at)
            group by id
            order by id
            on conflict (id) do update set
                completed = session.completed or excluded.completed,
                cancelled = session.cancelled or excluded.cancelled,
                held_at = greatest(session.held_at, excluded.held_at),
                last_event_at = greatest(session.last_event_at, excluded.last_event_at)""";

    static final String SCHEDULES = """
            insert into session_schedule (session_id, starts_at, revision, occurred_at, event_id)
            select distinct on (session_id) session_id, from_millis(starts_at), revision, from_millis(at), event_id
            from unnest(?, ?, ?, ?, ?) as t(session_id, starts_at, revision, at, event_id)
            order by session_id, revision desc, at desc, event_id desc
            on conflict (session_id) do update set
                starts_at = excluded.starts_at, revision = excluded.revision, occurred_at = excluded.occurred_at,
                event_id = excluded.event_id
            where %s""".formatted(supersedesSql("excluded", "session_schedule"));

    /** The revision counts per (enrolment, session) pair: recorded 0, revoked 1, recorded again 2... */
    static final String ATTENDANCE = """
            insert into attendance (enrolment_id, session_id, present, revision, occurred_at, event_id)
            select distinct on (enrolment_id, session_id) enrolment_id, session_id, present, revision, from_millis(at),
                   event_id
            from unnest(?, ?, ?, ?, ?, ?) as t(enrolment_id, session_id, present, revision, at, event_id)
            order by enrolment_id, session_id, revision desc, at desc, event_id desc
            on conflict (enrolment_id, session_id) do update set
                present = excluded.present, revision = excluded.revision, occurred_at = excluded.occurred_at,
                event_id = excluded.event_id
            where %s""".formatted(supersedesSql("excluded", "attendance"));

    /** A recorded assessment never changes (corrections live beside it); a second event for it can only move lastEventAt. */
    static final String ASSESSMENTS = """
            insert into assessment (id, enrolment_id, theme, kind, score, assessed_at, last_event_at)
            select distinct on (id) id, enrolment_id, theme, kind, score, from_millis(assessed_at), from_millis(at)
            from unnest(?, ?, ?, ?, ?, ?, ?) as t(id, enrolment_id, theme, kind, score, assessed_at, at)
            order by id, at desc
            on conflict (id) do update set last_event_at = greatest(assessment.last_event_at, excluded.last_event_at)""";

    /** Kept whether or not the assessment is known yet: it counts once the assessment arrives. */
    static final String CORRECTIONS = """
            insert into assessment_correction (assessment_id, score, revision, occurred_at, event_id)
            select distinct on (assessment_id) assessment_id, score, revision, from_millis(at), event_id
            from unnest(?, ?, ?, ?, ?, ?) as t(assessment_id, enrolment_id, score, revision, at, event_id)
            order by assessment_id, revision desc, at desc, event_id desc
            on conflict (assessment_id) do update set
                score = excluded.score, revision = excluded.revision, occurred_at = excluded.occurred_at,
                event_id = excluded.event_id
            where %s""".formatted(supersedesSql("excluded", "assessment_correction"));

    /** Final: any retraction, of any revision, takes the assessment out of every figure. */
    static final String RETRACTIONS = """
            insert into assessment_retraction (assessment_id)
            select distinct assessment_id from unnest(?, ?, ?) as t(assessment_id, enrolment_id, at)
            order by assessment_id
            on conflict do nothing""";
}
