-- The audit trail (security.md "Audit trail"), in each service's own database: every
-- authenticated write with its final status, and every 403 merged per (sub, method, path, minute).
-- No body and no personal data: the sub, roles, method, path template and resource id only.
-- Retention is not asked for (security.md sets none): rows are kept until someone decides a policy;
-- a person is erased from the trail by deleting (or blanking the sub of) their rows, which the
-- events' meta.actor points at without naming anyone.
CREATE TABLE audit_entry (
    id             UUID        PRIMARY KEY,  -- UUIDv7, made before the request runs (meta.actor)
    recorded_at    TIMESTAMPTZ NOT NULL,     -- when the request came in (a merged 403: the first)
    subject        TEXT        NOT NULL,     -- the token's sub, never an e-mail or a name
    roles          TEXT        NOT NULL,     -- the roles that counted, comma-separated, sorted
    method         TEXT        NOT NULL,
    path           TEXT        NOT NULL,     -- Spring MVC's path template, else the path itself
    resource_id    TEXT,                     -- the path's {id} or {code}, else a 201's Location
    status         INTEGER     NOT NULL,
    correlation_id TEXT,
    count          INTEGER     NOT NULL DEFAULT 1,  -- more than 1 only for merged 403s
    refused_minute TIMESTAMPTZ               -- set for 403s only: the minute they are merged in
);

-- A flood of refusals is one row a minute: the upsert's conflict target.
CREATE UNIQUE INDEX audit_entry_refusal ON audit_entry (subject, method, path, refused_minute)
    WHERE refused_minute IS NOT NULL;
-- GET /api/admin/audit pages newest first, optionally for one sub.
CREATE INDEX audit_entry_time ON audit_entry (recorded_at DESC, id DESC);
CREATE INDEX audit_entry_subject_time ON audit_entry (subject, recorded_at DESC, id DESC);
