-- The state readiness-metrics.md needs, folded from the events. Rows may be created by whichever
-- event arrives first (events come in any order across topics), so most columns are nullable
-- until the event that carries them has been applied.

create table institution (
    code          text primary key,
    name_en       text        not null,
    name_ar       text        not null,
    governorate   text        not null,
    last_event_at timestamptz not null
);
create index institution_governorate on institution (governorate);

create table enrolment (
    id               uuid primary key,
    participant_id   uuid        not null,
    institution_code text        not null,
    cohort_code      text        not null,
    level            text,
    -- ENROLLED until a withdrawal or completion arrives; those never go back.
    status           text        not null check (status in ('ENROLLED', 'WITHDRAWN', 'COMPLETED')),
    last_event_at    timestamptz not null
);
create index enrolment_institution on enrolment (institution_code);
