-- The roster: scheduling's own copy of what registration announced. Events arrive in any order
-- across topics (an enrolment before its participant), so rows are created by whichever event
-- comes first and filled in by the others.

create table roster_cohort (
    code      text primary key,
    name_en   text    not null,
    name_ar   text    not null,
    starts_on date    not null,
    ends_on   date    not null,
    capacity  integer not null
);

create table roster_participant (
    id               uuid primary key,
    institution_code text not null,
    level            text not null,
    display_name_en  text not null,
    display_name_ar  text not null
);

create table roster_enrolment (
    id               uuid primary key,
    participant_id   uuid not null,
    institution_code text not null,
    cohort_code      text not null,
    level            text,
    status           text not null check (status in ('ENROLLED', 'WITHDRAWN', 'COMPLETED'))
);
create index roster_enrolment_cohort on roster_enrolment (cohort_code, participant_id);
