-- Records this service could not apply, as they reached its dead-letter topics: the original
-- bytes, where they came from and why they failed, so that an operator can list and replay them
-- (api.md "Dead letters"). A redelivered dead letter is the same (topic, partition, offset).

create table dead_letter (
    id               uuid primary key,
    topic            text        not null,
    source_partition integer     not null,
    source_offset    bigint      not null,
    record_key       text,
    payload          bytea,
    error            text,
    dead_at          timestamptz not null,
    replayed_at      timestamptz,
    unique (topic, source_partition, source_offset)
);
create index dead_letter_time on dead_letter (dead_at, id);
