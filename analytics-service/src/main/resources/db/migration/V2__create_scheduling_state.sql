-- Everything else readiness-metrics.md needs. Rows are upserted by whichever event arrives first and
-- merged by rules that do not depend on arrival order (flags only ever become true, timestamps keep
-- their greatest value, an enrolment's final status is chosen by its own occurredAt), so that the
-- state after a set of events is the same whatever order Kafka delivered them in.

-- When the final status (WITHDRAWN or COMPLETED) was reached; should both ever arrive, the earlier wins.
alter table enrolment add column status_at timestamptz;
create index enrolment_cohort on enrolment (cohort_code);

create table session (
    id            uuid primary key,
    cohort_code   text        not null,
    completed     boolean     not null,
    cancelled     boolean     not null,
    -- greatest occurredAt of the session's events (scheduled, cancelled, completed)
    last_event_at timestamptz not null
);
create index session_cohort on session (cohort_code);

-- Distinct (enrolment, session) pairs; the enrolment and the session may be unknown yet.
create table attendance (
    enrolment_id  uuid        not null,
    session_id    uuid        not null,
    last_event_at timestamptz not null,
    primary key (enrolment_id, session_id)
);

-- Only the named themes and kinds: UNKNOWN ones are left out at intake (events.md).
create table assessment (
    id            uuid primary key,
    enrolment_id  uuid             not null,
    theme         text             not null,
    kind          text             not null check (kind in ('BASELINE', 'MODULE', 'FINAL')),
    score         double precision not null check (score between 0 and 100),
    assessed_at   timestamptz      not null,
    last_event_at timestamptz      not null
);
create index assessment_enrolment_theme on assessment (enrolment_id, theme, assessed_at, id);

-- What analytics.readiness.v1 last carried per institution, so that a batch that leaves an
-- institution's figures as they were publishes nothing.
create table readiness_published (
    institution_code text primary key,
    fingerprint      text not null
);

-- Events carry instants as epoch milliseconds; this converts them exactly (no float of seconds).
create function from_millis(ms bigint) returns timestamptz
    language sql immutable parallel safe
    return timestamptz 'epoch' + ms * interval '1 millisecond';
