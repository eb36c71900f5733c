-- Per-enrolment summaries kept up to date by each batch, so that recomputing the figures of the
-- institutions a batch touched reads one or a few rows per enrolment instead of scanning every
-- attendance and assessment row (the figures of a busy replay are recomputed per batch).

-- attended: held sessions of the enrolment's own cohort that it attended; last_event_at: its
-- newest attendance or assessment event. Recomputed for every enrolment a batch touches.
create table enrolment_activity (
    enrolment_id  uuid primary key,
    attended      int not null default 0,
    last_event_at timestamptz
);

-- latest(e, k) and baseline(e, k) of readiness-metrics.md, recomputed from the assessment table
-- for every (enrolment, theme) a batch brings an assessment for; null when there is none.
create table theme_result (
    enrolment_id   uuid not null,
    theme          text not null,
    latest_score   double precision,
    baseline_score double precision,
    primary key (enrolment_id, theme)
);

create index attendance_session on attendance (session_id);
