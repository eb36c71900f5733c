-- Registration's corrections (CohortUpdated, ParticipantUpdated) fold order-free by EventOrder:
-- each cohort and participant row keeps the place (revision, occurred_at, event_id) of the event
-- it was last written from, and an event replaces it only from a later place. Rows written
-- before this migration rank lowest, so that any correction still replaces them.
alter table roster_cohort
    add column revision    bigint      not null default 0,
    add column occurred_at timestamptz not null default '-infinity',
    add column event_id    uuid        not null default '00000000-0000-0000-0000-000000000000';
alter table roster_cohort
    alter column revision drop default,
    alter column occurred_at drop default,
    alter column event_id drop default;

alter table roster_participant
    add column revision    bigint      not null default 0,
    add column occurred_at timestamptz not null default '-infinity',
    add column event_id    uuid        not null default '00000000-0000-0000-0000-000000000000';
alter table roster_participant
    alter column revision drop default,
    alter column occurred_at drop default,
    alter column event_id drop default;

-- An enrolment keeps when it began (assessments may not be dated before it) and the business
-- time of its final status (FinalStatusRule: the earliest final status wins). Both are unknown
-- for rows written before this migration; enrolled_at also while only a status event has arrived.
alter table roster_enrolment
    add column enrolled_at timestamptz,
    add column status_at   timestamptz;
