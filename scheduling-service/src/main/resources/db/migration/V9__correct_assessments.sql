-- An assessment's score may be corrected and the assessment retracted; the recorded score stays
-- as original_score. Its revision: 0 when recorded, +1 at each correction or retraction.
alter table assessment
    add column revision          bigint           not null default 0,
    add column original_score    double precision,
    add column corrected_at      timestamptz,
    add column correction_reason text,
    add column retracted_at      timestamptz,
    add column retraction_reason text;
update assessment set original_score = score;
alter table assessment alter column original_score set not null;
