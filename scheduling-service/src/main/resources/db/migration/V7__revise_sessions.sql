-- A session's revision: 0 when scheduled, +1 at each reschedule (the revision of its events).
alter table session add column revision bigint not null default 0;
