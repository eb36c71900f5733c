-- The history of readiness-metrics.md, kept per cell (V8) and per Asia/Muscat day on which one of
-- the cell's facts has its business instant (an enrolment, a withdrawal or completion, a held
-- session of its cohort, an assessment): the cell's totals over the facts before the end of that
-- day, as known now. Between two such days a cell's totals carry forward, so a group's history is
-- the running sum of its cells' changes, read from a few rows per cell. Recomputed with the cells.
create table readiness_cell_day (
    institution_code text               not null,
    cohort_code      text               not null,
    level            text               not null,
    day              date               not null,
    enrolled         int                not null,
    completed        int                not null,
    withdrawn        int                not null,
    expected         bigint             not null,
    attended         bigint             not null,
    scored           int                not null,
    paired           int                not null,
    growth_sum       double precision   not null,
    growth_pairs     int                not null,
    -- per theme with a latest score: its name, Σ and count of latest(e, k), in theme order
    themes           text[]             not null,
    theme_sums       double precision[] not null,
    theme_counts     int[]              not null,
    primary key (institution_code, cohort_code, level, day)
);
create index readiness_cell_day_cohort on readiness_cell_day (cohort_code);

-- Institutions whose days are to be recomputed: cells are recomputed with every publication, the
-- days (a rewrite of every day of the institution's cells) at most once per history interval for
-- many publications (HistoryFlush), so a busy intake does not rewrite them batch after batch.
create table readiness_history_pending (
    institution_code text primary key
);
