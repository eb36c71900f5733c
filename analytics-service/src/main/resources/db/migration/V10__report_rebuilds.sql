-- What the last rebuild did, for GET /api/admin/readiness/rebuild: when it started and finished,
-- the events it folded (the rebuilt dedup table's rows) and the records dead-lettered while it ran,
-- and when a rebuild last completed (kept while the next one runs). Null before the first rebuild.
alter table intake_state
    add column started_at        timestamptz,
    add column finished_at       timestamptz,
    add column events_folded     bigint,
    add column dead_lettered     bigint,
    add column last_completed_at timestamptz;
