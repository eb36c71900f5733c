-- Responses of POSTs sent with an Idempotency-Key (api.md): scoped to method, path and key, kept
-- at least 24 hours, written in the same transaction as the effect they answer.
CREATE TABLE idempotency_key (
    method          TEXT        NOT NULL,
    path            TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    request_hash    BYTEA       NOT NULL,
    status          INTEGER     NOT NULL,
    content_type    TEXT,
    location        TEXT,
    body            BYTEA       NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (method, path, idempotency_key)
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
