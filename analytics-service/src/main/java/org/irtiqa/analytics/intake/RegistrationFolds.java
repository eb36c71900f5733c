package org.irtiqa.analytics.intake;

import static org.irtiqa.support.events.EventOrder.supersedesSql;

import org.irtiqa.support.events.FinalStatusRule;

/**
 * The upserts that fold registration's events into the state tables, one statement per table and
 * batch. Where events correct one another (institutions, cohorts, participants), the batch's winner
 * per key is chosen first ({@code order by key, revision desc, at desc, event_id desc}: EventOrder's
 * rule, highest first), then it replaces the stored row only if it supersedes it; so the stored
 * row is the winner of every event seen, whatever order they came in. Every statement takes its
 * rows in key order, so two batches upserting the same rows at once wait for each other instead of
 * deadlocking.
 */
final class RegistrationFolds {

    private RegistrationFolds() {}

    static final String INSTITUTIONS = """
            insert into institution (code, name_en, name_ar, governorate, sector, revision, occurred_at, event_id,
                                     last_event_at)
            select distinct on (code) code, name_en, name_ar, governorate, sector, revision, from_millis(at), event_id,
                   from_millis(at)
            from unnest(?, ?, ?, ?, ?, ?, ?, ?) as t(code, name_en, name_ar, governorate, sector, revision, at, event_id)
            order by code, revision desc, at desc, event_id desc
            on conflict (code) do update set
                name_en = excluded.name_en, name_ar = excluded.name_ar, governorate = excluded.governorate,
                sector = excluded.sector, revision = excluded.revision, occurred_at = excluded.occurred_at,
                event_id = excluded.event_id
            where %s""".formatted(supersedesSql("excluded", "institution"));

    /**
     * lastEventAt counts every event of an institution, also those that lost the fold (an older
     * revision may carry a later clock), so it is kept apart from the winner: after
     * {@link #INSTITUTIONS}, with the same columns, the greatest occurredAt per code (rows that
     * statement has locked already, in key order, whether it replaced them or not).
     */
    static final String INSTITUTION_LAST_EVENT = """
            update institution i set last_event_at = greatest(i.last_event_at, from_millis(t.at))
            from (select code, max(at) as at
                  from unnest(?, ?, ?, ?, ?, ?, ?, ?) as b(code, name_en, name_ar, governorate, sector, revision, at, event_id)
                  group by code) t
            where i.code = t.code""";

    static final String COHORTS = """
            insert into cohort (code, name_en, name_ar, starts_on, ends_on, revision, occurred_at, event_id)
            select distinct on (code) code, name_en, name_ar, date 'epoch' + starts_on, date 'epoch' + ends_on,
                   revision, from_millis(at), event_id
            from unnest(?, ?, ?, ?, ?, ?, ?, ?) as t(code, name_en, name_ar, starts_on, ends_on, revision, at, event_id)
            order by code, revision desc, at desc, event_id desc
            on conflict (code) do update set
                name_en = excluded.name_en, name_ar = excluded.name_ar, starts_on = excluded.starts_on,
                ends_on = excluded.ends_on, revision = excluded.revision, occurred_at = excluded.occurred_at,
                event_id = excluded.event_id
            where %s""".formatted(supersedesSql("excluded", "cohort"));

    static final String PARTICIPANTS = """
            insert into participant (id, institution_code, level, display_name_en, display_name_ar, revision,
                                     occurred_at, event_id)
            select distinct on (id) id, institution_code, level, name_en, name_ar, revision, from_millis(at), event_id
            from unnest(?, ?, ?, ?, ?, ?, ?, ?) as t(id, institution_code, level, name_en, name_ar, revision, at, event_id)
            order by id, revision desc, at desc, event_id desc
            on conflict (id) do update set
                institution_code = excluded.institution_code, level = excluded.level,
                display_name_en = excluded.display_name_en, display_name_ar = excluded.display_name_ar,
                revision = excluded.revision, occurred_at = excluded.occurred_at, event_id = excluded.event_id
            where %s""".formatted(supersedesSql("excluded", "participant"));

    /**
     * The status an enrolment ends with, by FinalStatusRule (as scheduling's roster): final
     * statuses sort before ENROLLED, the earliest by business time first, ties by name.
     */
    static final String ENROLMENTS = """
            insert into enrolment (id, participant_id, institution_code, cohort_code, level, status, status_at, last_event_at,
                                   enrolled_at)
            select id, (array_agg(participant_id))[1], (array_agg(institution_code))[1], (array_agg(cohort_code))[1],
                   (array_agg(level) filter (where level is not null))[1],
                   (array_agg(status order by status = 'ENROLLED', status_at, status))[1],
                   from_millis(min(status_at) filter (where status <> 'ENROLLED')),
                   from_millis(max(at)), from_millis(min(enrolled_at))
            from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?)
                 as t(id, participant_id, institution_code, cohort_code, level, status, at, status_at, enrolled_at)
            group by id
            order by id
            on conflict (id) do update set
                level = coalesce(enrolment.level, excluded.level),
                enrolled_at = coalesce(enrolment.enrolled_at, excluded.enrolled_at),
                status = case when %1$s then excluded.status else enrolment.status end,
                status_at = case when %1$s then excluded.status_at else enrolment.status_at end,
                last_event_at = greatest(enrolment.last_event_at, excluded.last_event_at)""".formatted(FinalStatusRule.supersedesSql("excluded", "enrolment"));
}
