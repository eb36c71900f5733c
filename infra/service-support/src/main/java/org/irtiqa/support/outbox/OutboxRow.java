package org.irtiqa.support.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/** One pending outbox row, and the Kafka record it becomes. */
record OutboxRow(
        long id,
        int shard,
        String topic,
        String key,
        UUID eventId,
        String eventType,
        Instant occurredAt,
        String source,
        String correlationId,
        byte[] payload,
        String traceparent) {

    static final String SELECT_COLUMNS = "id, shard, topic, record_key, event_id, event_type, occurred_at, source,"
            + " correlation_id, payload, traceparent";

    /**
     * Headers per the CloudEvents 1.0 Kafka binding, binary mode (events.md): the Avro bytes are
     * the data, the attributes travel as {@code ce_*} headers; plus the W3C {@code traceparent}
     * of the trace that wrote the event, when there was one.
     */
    ProducerRecord<String, byte[]> toProducerRecord() {
        List<Header> headers = new ArrayList<>(List.of(
                header("ce_specversion", "1.0"),
                header("ce_id", eventId.toString()),
                header("ce_source", "/irtiqa/" + source),
                header("ce_type", eventType),
                header("ce_time", DateTimeFormatter.ISO_INSTANT.format(occurredAt)),
                header("content-type", "application/avro")));
        if (traceparent != null) {
            headers.add(header("traceparent", traceparent));
        }
        return new ProducerRecord<>(topic, null, occurredAt.toEpochMilli(), key, payload, headers);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
