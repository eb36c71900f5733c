-- The version of each correctable thing (events.md, "revision"): 0 when created, +1 at each
-- correction that changes it. Every event about the thing carries it, so that consumers keep the
-- newest state whatever order the events arrive in. A participant's counts changes of its names
-- or level only: those are what its events carry (an e-mail or job title stays here).

alter table institution add column revision bigint not null default 0;
alter table cohort add column revision bigint not null default 0;
alter table participant add column revision bigint not null default 0;
