-- The programme office's own records. Rules that must hold under concurrency live here,
-- not in a check-then-act in Java: unique codes and e-mails, one active enrolment per
-- participant, and a cohort never over its capacity.

create table institution (
    code          text primary key,
    name_en       text        not null,
    name_ar       text        not null,
    governorate   text        not null,
    sector        text        not null,
    registered_at timestamptz not null
);

create table cohort (
    code              text primary key,
    name_en           text        not null,
    name_ar           text        not null,
    starts_on         date        not null,
    ends_on           date        not null,
    capacity          integer     not null check (capacity >= 1),
    active_enrolments integer     not null default 0,
    created_at        timestamptz not null,
    check (ends_on > starts_on),
    check (active_enrolments between 0 and capacity)
);

create table participant (
    id               uuid primary key,
    institution_code text        not null references institution (code),
    full_name_en     text        not null,
    full_name_ar     text        not null,
    email            text        not null,
    level            text        not null,
    job_title        text,
    registered_at    timestamptz not null
);
create unique index participant_email_unique on participant (lower(email));
create index participant_institution on participant (institution_code, registered_at, id);

create table enrolment (
    id               uuid primary key,
    participant_id   uuid        not null references participant (id),
    institution_code text        not null references institution (code),
    cohort_code      text        not null references cohort (code),
    level            text        not null,
    status           text        not null check (status in ('ENROLLED', 'WITHDRAWN', 'COMPLETED')),
    enrolled_at      timestamptz not null,
    withdrawn_at     timestamptz,
    completed_at     timestamptz,
    withdrawal_reason text
);
create unique index enrolment_one_active_per_participant
    on enrolment (participant_id) where status in ('ENROLLED', 'COMPLETED');
create index enrolment_cohort on enrolment (cohort_code, enrolled_at, id);
create index enrolment_institution on enrolment (institution_code, enrolled_at, id);
