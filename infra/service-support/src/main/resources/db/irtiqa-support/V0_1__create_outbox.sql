-- Transactional outbox (design.md "Reliability patterns"), shipped by service-support.
-- A service writes its state change and its events here in one transaction; the relay sends each
-- shard's rows to Kafka strictly in id order and deletes them once the broker has acknowledged.
CREATE TABLE outbox (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shard          SMALLINT    NOT NULL,  -- stable hash(key) mod irtiqa.outbox.shards
    topic          TEXT        NOT NULL,
    record_key     TEXT        NOT NULL,
    event_id       UUID        NOT NULL,
    event_type     TEXT        NOT NULL,  -- the Avro record's full name (ce_type)
    occurred_at    TIMESTAMPTZ NOT NULL,
    source         TEXT        NOT NULL,
    correlation_id TEXT,
    payload        BYTEA       NOT NULL,  -- Confluent wire format: magic 0, schema id, Avro body
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The relay reads "the oldest rows of my shards"; rows are deleted once sent, so this stays small.
CREATE INDEX outbox_shard_id ON outbox (shard, id);
