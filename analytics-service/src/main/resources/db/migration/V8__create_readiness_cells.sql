-- The figures of readiness-metrics.md are kept computed, per cell: the enrolments of one institution
-- in one cohort at one leadership level. Every group served (an institution, a governorate, the
-- programme, a cohort, an institution within a cohort, a level inside any of them) is a sum of
-- cells, since every cell column adds up over disjoint sets of enrolments; so a read adds a few
-- rows instead of scanning the state. The cells of an institution are recomputed from the state
-- when its figures are published (readiness_pending), in the same transaction, so they are as
-- current as analytics.readiness.v1. They live outside a rebuild's shadow tables: the rebuild
-- recomputes all of them when it swaps the state in.

-- The business instant of an enrolment (readiness-metrics.md: at-risk flags look at the sessions
-- held since it; the history counts it from that day). Rows folded before this migration have none
-- until a rebuild.
alter table enrolment add column enrolled_at timestamptz;

create table readiness_cell (
    institution_code text             not null,
    cohort_code      text             not null,
    -- the level the figures give the enrolment; UNKNOWN (a newer producer's symbol) is in no level cell
    level            text             not null,
    enrolled         int              not null,
    completed        int              not null,
    withdrawn        int              not null,
    expected         bigint           not null,
    attended         bigint           not null,
    -- active enrolments with a latest score in some theme, and with a baseline-and-latest pair
    scored           int              not null,
    paired           int              not null,
    growth_sum       double precision not null,
    growth_pairs     int              not null,
    at_risk          int              not null,
    last_event_at    timestamptz,
    primary key (institution_code, cohort_code, level)
);
create index readiness_cell_cohort on readiness_cell (cohort_code);

-- Per cell and theme: the sum and count of latest(e, k) over the cell's active enrolments.
create table readiness_cell_theme (
    institution_code text             not null,
    cohort_code      text             not null,
    level            text             not null,
    theme            text             not null,
    latest_sum       double precision not null,
    latest_count     int              not null,
    primary key (institution_code, cohort_code, level, theme)
);

-- Every institution with state is recomputed once, so that cells exist for what was folded before.
insert into readiness_pending (institution_code)
select distinct institution_code from enrolment
on conflict do nothing;

-- Moves on with every recomputation of cells, so that every instance knows when its cached cells
-- are out of date.
create table readiness_version (
    version bigint not null
);
insert into readiness_version values (0);
