package org.irtiqa.support.outbox;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Utils;
import org.irtiqa.events.EventMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes events into the {@code outbox} table in the caller's transaction, so that a state change
 * and its events commit (or roll back) together. The relay sends them to Kafka afterwards.
 *
 * <p>Behaves like {@code Propagation.MANDATORY}: without an active Spring transaction on the
 * application's DataSource it throws, because an event written outside the state change's
 * transaction is exactly the dual write the outbox exists to prevent.
 */
public class Outbox {

    /** One statement: insert the row and queue the wake-up, which PostgreSQL delivers at commit. */
    private static final String INSERT = """
            WITH inserted AS (
                INSERT INTO outbox (shard, topic, record_key, event_id, event_type, occurred_at,
                                    source, correlation_id, payload, traceparent)
                VALUES (:shard, :topic, :key, :eventId, :eventType, :occurredAt,
                        :source, :correlationId, :payload, :traceparent)
                RETURNING id)
            SELECT pg_notify('irtiqa_outbox', ''), (SELECT id FROM inserted)
            """;

    private final JdbcClient jdbc;
    private final Serializer<SpecificRecord> serializer;
    private final int shards;
    private final Supplier<String> traceparent;

    /** @param traceparent the W3C traceparent of the trace active on the calling thread, or null */
    Outbox(JdbcClient jdbc, Serializer<SpecificRecord> serializer, int shards, Supplier<String> traceparent) {
        if (shards < 1) {
            throw new IllegalArgumentException("irtiqa.outbox.shards must be at least 1");
        }
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.shards = shards;
        this.traceparent = traceparent;
    }

    /**
     * Appends {@code event} for {@code topic} under {@code key}. The event is serialized now (its
     * schema registered under the TopicRecordName subject), so a broken event fails the caller's
     * transaction rather than the relay.
     */
    public void append(String topic, String key, SpecificRecord event) {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(event, "event");
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException(
                    "Outbox.append needs an active transaction (it must commit with the state change)");
        }
        EventMetadata meta = metaOf(event);
        byte[] payload = serializer.serialize(topic, event);
        jdbc.sql(INSERT)
                .param("shard", shardOf(key, shards))
                .param("topic", topic)
                .param("key", key)
                .param("eventId", meta.getEventId())
                .param("eventType", event.getSchema().getFullName())
                .param("occurredAt", OffsetDateTime.ofInstant(meta.getOccurredAt(), ZoneOffset.UTC))
                .param("source", meta.getSource())
                .param("correlationId", meta.getCorrelationId())
                .param("payload", payload)
                .param("traceparent", traceparent.get())
                .query()
                .singleRow();
    }

    /** murmur2 (Kafka's partitioner hash) of the UTF-8 key: the same shard in every JVM. */
    static int shardOf(String key, int shards) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % shards;
    }

    static EventMetadata metaOf(SpecificRecord event) {
        Schema.Field field = event.getSchema().getField("meta");
        if (field == null || !(event.get(field.pos()) instanceof EventMetadata meta)) {
            throw new IllegalArgumentException(event.getSchema().getFullName() + " has no EventMetadata 'meta' field");
        }
        return meta;
    }
}
