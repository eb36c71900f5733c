-- Who attended which session, once per pair (the primary key makes a repeat a no-op), for the
-- participant's active enrolment at the time; institution and cohort are kept for the events.

create table attendance (
    session_id       uuid        not null references session (id),
    participant_id   uuid        not null,
    enrolment_id     uuid        not null,
    institution_code text        not null,
    cohort_code      text        not null,
    recorded_at      timestamptz not null,
    primary key (session_id, participant_id)
);
