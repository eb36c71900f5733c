-- A cohort's calendar. No two sessions of a cohort that are not cancelled may overlap on
-- [starts_at, ends_at): the exclusion constraint keeps that under concurrency, across instances,
-- where a check-then-insert in Java could not. btree_gist lets a GiST index compare cohort codes
-- with "=" next to the ranges' "&&".

create extension if not exists btree_gist;

create table session (
    id                  uuid primary key,
    cohort_code         text        not null,
    title_en            text        not null,
    title_ar            text        not null,
    format              text        not null,
    theme               text        not null,
    starts_at           timestamptz not null,
    ends_at             timestamptz not null,
    venue               text,
    speakers            text[]      not null,
    status              text        not null check (status in ('SCHEDULED', 'CANCELLED', 'COMPLETED')),
    attendee_count      integer     not null default 0 check (attendee_count >= 0),
    scheduled_at        timestamptz not null,
    status_changed_at   timestamptz,
    cancellation_reason text,
    check (ends_at > starts_at),
    constraint session_no_overlap exclude using gist (
        cohort_code with =,
        tstzrange(starts_at, ends_at, '[)') with &&
    ) where (status <> 'CANCELLED')
);
create index session_cohort on session (cohort_code, starts_at, id);
