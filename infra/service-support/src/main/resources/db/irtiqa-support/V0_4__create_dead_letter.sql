-- Every record this service dead-lettered, read back from its <topic>.DLT topics so that an
-- operator can list them and replay them (api.md "Dead letters"). topic/partition/offset are the
-- original record's.
CREATE TABLE dead_letter (
    id               UUID PRIMARY KEY,
    topic            TEXT        NOT NULL,
    "partition"      INTEGER     NOT NULL,
    "offset"         BIGINT      NOT NULL,
    record_key       TEXT,
    payload          BYTEA,
    headers          TEXT        NOT NULL,
    error            TEXT        NOT NULL,
    exception_class  TEXT,
    dead_lettered_at TIMESTAMPTZ NOT NULL,
    replayed_at      TIMESTAMPTZ,
    UNIQUE (topic, "partition", "offset")
);
CREATE INDEX dead_letter_time ON dead_letter (dead_lettered_at);
