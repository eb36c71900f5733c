package org.irtiqa.analytics.readiness;

import static org.irtiqa.analytics.readiness.ReadinessMethod.ATTENDANCE_SESSIONS_AT_LEAST;
import static org.irtiqa.analytics.readiness.ReadinessMethod.BASELINE_SESSIONS_AT_LEAST;
import static org.irtiqa.analytics.readiness.ReadinessMethod.LOW_ATTENDANCE_DENOMINATOR;
import static org.irtiqa.analytics.readiness.ReadinessMethod.LOW_ATTENDANCE_NUMERATOR;
import static org.irtiqa.analytics.readiness.ReadinessMethod.LOW_PROFICIENCY_BELOW;
import static org.irtiqa.analytics.readiness.ReadinessMethod.PROFICIENCY_THEMES_AT_LEAST;
import static org.irtiqa.analytics.readiness.ReadinessMethod.RECENT_SESSIONS;

/**
 * The SQL of readiness-metrics.md over the state tables: the cells of some institutions
 * ({@code :codes}; V8 migration) and the at-risk flags of enrolments. Sums run in enrolment order,
 * so the same state gives the same bits however its rows lie on disk (a rebuilt state publishes
 * nothing new).
 */
final class CellSql {

    private CellSql() {}

    /**
     * Every enrolment with the level readiness-metrics.md gives it: its participant's (from the
     * winning ParticipantRegistered or ParticipantUpdated) once an event of that participant is
     * known, else the level its ParticipantEnrolled carried. A subquery, not a view: a rebuild
     * swaps the tables under it.
     */
    static final String ENROLMENTS = """
            select e.id, e.participant_id, e.institution_code, e.cohort_code, e.status, e.status_at, e.enrolled_at,
                   e.last_event_at, coalesce(p.level, e.level, 'UNKNOWN') as level
            from enrolment e left join participant p on p.id = e.participant_id""";

    /**
     * The flags of each ENROLLED enrolment of {@code %E%} (rows of {@link #ENROLMENTS}): over
     * H(e), the held sessions of its cohort that started at or after its enrolledAt (heldAt when
     * no schedule is known; all of them while its ParticipantEnrolled is not known), most recent first by that time then the greater id, and over its
     * latest and baseline scores (theme_result).
     */
    static final String FLAGS = """
            select e.id,
                   h.held >= %1$d and %5$d * h.attended < %4$d * h.held as low_attendance,
                   h.held >= %1$d and not h.recent as missed_recent,
                   h.held >= %2$d and not t.has_baseline as no_baseline,
                   t.latest_themes >= %6$d and t.mean_latest < %7$s as low_proficiency,
                   t.declining as declining
            from (%%E%%) e
            cross join lateral (
                select count(*) as held, count(*) filter (where s.attended) as attended,
                       coalesce(bool_or(s.attended) filter (where s.recency <= %3$d), false) as recent
                from (select exists (select 1 from attendance a
                                     where a.enrolment_id = e.id and a.session_id = s.id and a.present) as attended,
                             row_number() over (order by coalesce(ss.starts_at, s.held_at) desc, s.id desc) as recency
                      from session s left join session_schedule ss on ss.session_id = s.id
                      where s.cohort_code = e.cohort_code and s.completed and not s.cancelled
                        and (e.enrolled_at is null or coalesce(ss.starts_at, s.held_at) >= e.enrolled_at)) s) h
            cross join lateral (
                select count(r.latest_score) as latest_themes, avg(r.latest_score) as mean_latest,
                       coalesce(bool_or(r.baseline_score is not null), false) as has_baseline,
                       coalesce(bool_or(r.latest_score < r.baseline_score), false) as declining
                from theme_result r where r.enrolment_id = e.id) t
            where e.status = 'ENROLLED'""".formatted(
                    ATTENDANCE_SESSIONS_AT_LEAST,
                    BASELINE_SESSIONS_AT_LEAST,
                    RECENT_SESSIONS,
                    LOW_ATTENDANCE_NUMERATOR,
                    LOW_ATTENDANCE_DENOMINATOR,
                    PROFICIENCY_THEMES_AT_LEAST,
                    LOW_PROFICIENCY_BELOW)
            .replace("%E%", "%s");

    /** An enrolment at risk: ENROLLED with any flag. */
    static final String AT_RISK = "select id from (" + FLAGS + ") f"
            + " where low_attendance or missed_recent or no_baseline or low_proficiency or declining";

    static final String DELETE_CELLS = "delete from readiness_cell where institution_code = any(:codes)";
    static final String DELETE_THEMES = "delete from readiness_cell_theme where institution_code = any(:codes)";

    /**
     * The cells of the institutions {@code :codes}: counts, Σ held(c(e)) and attended (held sessions
     * of e's own cohort e attended, kept per enrolment in enrolment_activity) over the active
     * enrolments, withdrawn beside them, contributors and growth from theme_result, the at-risk
     * count, and the greatest occurredAt of the cell's enrolment events, their attendance and
     * assessments and the session events of its cohort.
     */
    static final String CELLS = """
            insert into readiness_cell (institution_code, cohort_code, level, enrolled, completed, withdrawn, expected,
                                        attended, scored, paired, growth_sum, growth_pairs, at_risk, last_event_at)
            with m as (select * from (%1$s) e where e.institution_code = any(:codes)),
            held as (select cohort_code, count(*) as n from session
                     where completed and not cancelled and cohort_code in (select cohort_code from m)
                     group by cohort_code),
            cohort_events as (select cohort_code, max(last_event_at) as t from session
                              where cohort_code in (select cohort_code from m) group by cohort_code),
            scores as (select enrolment_id,
                              bool_or(latest_score is not null) as scored,
                              bool_or(latest_score is not null and baseline_score is not null) as paired,
                              sum(latest_score - baseline_score order by theme) as growth_sum,
                              count(latest_score - baseline_score) as growth_pairs
                       from theme_result where enrolment_id in (select id from m) group by enrolment_id),
            risk as (%2$s)
            select m.institution_code, m.cohort_code, m.level,
                   count(*) filter (where m.status <> 'WITHDRAWN'),
                   count(*) filter (where m.status = 'COMPLETED'),
                   count(*) filter (where m.status = 'WITHDRAWN'),
                   coalesce(sum(h.n) filter (where m.status <> 'WITHDRAWN'), 0),
                   coalesce(sum(a.attended) filter (where m.status <> 'WITHDRAWN'), 0),
                   count(*) filter (where m.status <> 'WITHDRAWN' and s.scored),
                   count(*) filter (where m.status <> 'WITHDRAWN' and s.paired),
                   coalesce(sum(s.growth_sum order by m.id) filter (where m.status <> 'WITHDRAWN'), 0),
                   coalesce(sum(s.growth_pairs) filter (where m.status <> 'WITHDRAWN'), 0),
                   count(r.id),
                   greatest(max(m.last_event_at), max(a.last_event_at), max(ce.t))
            from m
            left join held h on h.cohort_code = m.cohort_code
            left join cohort_events ce on ce.cohort_code = m.cohort_code
            left join enrolment_activity a on a.enrolment_id = m.id
            left join scores s on s.enrolment_id = m.id
            left join risk r on r.id = m.id
            group by m.institution_code, m.cohort_code, m.level""".formatted(ENROLMENTS, AT_RISK.formatted("select * from m"));

    /** Per cell and theme: Σ and count of latest(e, k) over the active enrolments that have one. */
    static final String THEMES = """
            insert into readiness_cell_theme (institution_code, cohort_code, level, theme, latest_sum, latest_count)
            select e.institution_code, e.cohort_code, e.level, r.theme,
                   sum(r.latest_score order by e.id), count(*)
            from (%s) e join theme_result r on r.enrolment_id = e.id
            where e.institution_code = any(:codes) and e.status <> 'WITHDRAWN' and r.latest_score is not null
            group by e.institution_code, e.cohort_code, e.level, r.theme""".formatted(ENROLMENTS);
}
