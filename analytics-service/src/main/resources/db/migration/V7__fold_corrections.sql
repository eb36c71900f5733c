-- The corrections of events.md, folded by readiness-metrics.md's one order-free rule: among the
-- events about one thing the highest revision wins, then the later occurredAt, then the greater
-- eventId (uuid order is the canonical string's). Each folded row keeps the place of the event it
-- holds (revision, occurred_at, event_id), so an upsert replaces it only with an event that comes
-- after it in that order (EventOrder.supersedesSql), whatever order the events arrive in.

-- An institution's names, governorate and sector are those of its winning InstitutionRegistered or
-- InstitutionUpdated; last_event_at stays the greatest occurredAt of all of them. Rows folded
-- before this migration rank as revision 0 at their last event; their sector is learnt by a rebuild.
alter table institution
    add column sector      text,
    add column revision    bigint      not null default 0,
    add column occurred_at timestamptz not null default '-infinity',
    add column event_id    uuid        not null default '00000000-0000-0000-0000-000000000000';
update institution set occurred_at = last_event_at;
alter table institution
    alter column revision drop default,
    alter column occurred_at drop default,
    alter column event_id drop default;

-- A cohort exists for analytics once its CohortCreated or CohortUpdated is known (cohort figures).
create table cohort (
    code        text primary key,
    name_en     text        not null,
    name_ar     text        not null,
    starts_on   date        not null,
    ends_on     date        not null,
    revision    bigint      not null,
    occurred_at timestamptz not null,
    event_id    uuid        not null
);

-- A participant's display names and level, from its winning ParticipantRegistered or
-- ParticipantUpdated. An enrolment's level is its participant's once this row exists, else the
-- level its ParticipantEnrolled carried (enrolment.level), so a corrected level corrects the figures.
create table participant (
    id               uuid primary key,
    institution_code text        not null,
    level            text        not null,
    display_name_en  text        not null,
    display_name_ar  text        not null,
    revision         bigint      not null,
    occurred_at      timestamptz not null,
    event_id         uuid        not null
);
create index enrolment_participant on enrolment (participant_id);

-- A session's schedule: startsAt of its winning SessionScheduled or SessionRescheduled. Its own
-- table, since a session row may exist (completed, cancelled) before any schedule is known;
-- held_at ranks a session held without a known schedule.
create table session_schedule (
    session_id  uuid primary key,
    starts_at   timestamptz not null,
    revision    bigint      not null,
    occurred_at timestamptz not null,
    event_id    uuid        not null
);
alter table session add column held_at timestamptz;

-- An (enrolment, session) pair is attended when the winning one of its AttendanceRecorded and
-- AttendanceRevoked events is a recording: the row holds that winner. lastEventAt is kept per
-- enrolment (enrolment_activity), so the pair's own greatest occurredAt is not needed.
alter table attendance
    add column present     boolean not null default true,
    add column revision    bigint  not null default 0,
    add column occurred_at timestamptz,
    add column event_id    uuid    not null default '00000000-0000-0000-0000-000000000000';
update attendance set occurred_at = last_event_at;
alter table attendance
    alter column occurred_at set not null,
    alter column present drop default,
    alter column revision drop default,
    alter column event_id drop default,
    drop column last_event_at;

-- The winning AssessmentCorrected of an assessment, and the assessments retracted (final). Either
-- may arrive before the assessment it names: it waits here, keyed by the assessment's id, and
-- counts from the moment the assessment arrives.
create table assessment_correction (
    assessment_id uuid primary key,
    score         double precision not null check (score between 0 and 100),
    revision      bigint           not null,
    occurred_at   timestamptz      not null,
    event_id      uuid             not null
);
create table assessment_retraction (
    assessment_id uuid primary key
);
