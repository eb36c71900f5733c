-- Attendance can be revoked and recorded again. Its revision counts per (enrolment, session)
-- pair, so the row is the pair's; at most one unrevoked row per participant and session keeps
-- "recorded once" under concurrency, as the old primary key did.
alter table attendance
    add column revision          bigint not null default 0,
    add column revoked_at        timestamptz,
    add column revocation_reason text;
alter table attendance drop constraint attendance_pkey;
alter table attendance add primary key (session_id, enrolment_id);
create unique index attendance_once_per_participant on attendance (session_id, participant_id)
    where revoked_at is null;
