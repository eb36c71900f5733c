-- Idempotent consumption: the ids of the events this service has applied, written in the same
-- transaction as their effect, so that a redelivered event is a no-op. Event ids are UUIDv7, so
-- the primary key grows at one end.
CREATE TABLE processed_event (
    event_id     UUID        PRIMARY KEY,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
