package org.irtiqa.analytics.readiness;

/**
 * The SQL of readiness-metrics.md. {@code %MEMBERS%} is every enrolment of the scope with its group
 * key {@code g} (any status: withdrawn ones count in {@code withdrawn} and in lastEventAt), and
 * {@code %INSTITUTIONS%} the scope's institutions; see {@link GroupScope}.
 */
final class FigureSql {

    private FigureSql() {}

    /**
     * Counts, levels, expectedAttendance (Σ held(c(e))) and attended (held sessions of e's own
     * cohort that e attended, kept per enrolment in enrolment_activity), over active enrolments
     * except {@code withdrawn}.
     */
    static final String SUMS = """
            with m as (%MEMBERS%),
            held as (select cohort_code, count(*) as n from session
                     where completed and not cancelled group by cohort_code)
            select m.g,
                   count(*) filter (where m.status <> 'WITHDRAWN') as enrolled,
                   count(*) filter (where m.status = 'COMPLETED') as completed,
                   count(*) filter (where m.status = 'WITHDRAWN') as withdrawn,
                   count(distinct m.level) filter (where m.status <> 'WITHDRAWN' and m.level in
                       ('TOP_LEADERSHIP', 'SENIOR_MANAGEMENT', 'MIDDLE_MANAGEMENT', 'EXECUTIVE_TEAM')) as levels,
                   coalesce(sum(h.n) filter (where m.status <> 'WITHDRAWN'), 0) as expected,
                   coalesce(sum(a.attended) filter (where m.status <> 'WITHDRAWN'), 0) as attended
            from m
            left join held h on h.cohort_code = m.cohort_code
            left join enrolment_activity a on a.enrolment_id = m.id
            group by m.g""";

    /**
     * Per group and theme: the mean of latest(e, k) and the sum and count of latest − baseline,
     * from theme_result (latest non-BASELINE, ties on assessedAt to the greater id: PostgreSQL
     * orders uuid as unsigned bytes, the canonical string order; earliest BASELINE, ties to the
     * smaller id). A theme with baselines only is absent. Sums run in
     * enrolment order, so the same state gives the same bits however its rows lie on disk (a
     * rebuilt state publishes nothing new).
     */
    static final String THEMES = """
            with m as (%MEMBERS%)
            select m.g, r.theme,
                   avg(r.latest_score order by r.enrolment_id) as mean,
                   coalesce(sum(r.latest_score - r.baseline_score order by r.enrolment_id), 0) as growth_sum,
                   count(r.latest_score - r.baseline_score) as growth_pairs
            from m join theme_result r on r.enrolment_id = m.id
            where m.status <> 'WITHDRAWN'
            group by m.g, r.theme
            having count(r.latest_score) > 0
            order by m.g, r.theme""";

    /**
     * The greatest occurredAt of the group's institutions, enrolment events (withdrawn ones too),
     * session events of the cohorts its enrolments are in, and its enrolments' attendance and assessments.
     */
    static final String LAST_EVENT = """
            with m as (%MEMBERS%),
            cohort_events as (select cohort_code, max(last_event_at) as t from session group by cohort_code)
            select g, max(t) as last_event_at from (
                select i.g, i.last_event_at as t from (%INSTITUTIONS%) i
                union all select g, last_event_at from m
                union all select c.g, e.t from (select distinct g, cohort_code from m) c
                          join cohort_events e on e.cohort_code = c.cohort_code
                union all select m.g, a.last_event_at from m join enrolment_activity a on a.enrolment_id = m.id
            ) u group by g""";
}
