-- The W3C trace context of the transaction that appended the event (null when no trace was
-- active), sent as the record's traceparent header so a trace crosses from HTTP into Kafka.
ALTER TABLE outbox ADD COLUMN traceparent TEXT;
