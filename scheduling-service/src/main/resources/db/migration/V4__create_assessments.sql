-- Assessment results, read back per participant in the order they were assessed.

create table assessment (
    id               uuid primary key,
    participant_id   uuid             not null,
    enrolment_id     uuid             not null,
    institution_code text             not null,
    cohort_code      text             not null,
    theme            text             not null,
    kind             text             not null check (kind in ('BASELINE', 'MODULE', 'FINAL')),
    score            double precision not null check (score between 0 and 100),
    assessed_at      timestamptz      not null,
    session_id       uuid references session (id),
    recorded_at      timestamptz      not null
);
create index assessment_participant on assessment (participant_id, assessed_at, id);
