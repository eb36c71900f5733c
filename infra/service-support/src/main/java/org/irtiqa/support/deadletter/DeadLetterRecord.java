package org.irtiqa.support.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Reads what Spring Kafka's dead-letter publisher put on a {@code .DLT} record: the original
 * topic, partition and offset and the exception, in {@code kafka_dlt-*} headers; every other
 * header is the original record's and goes back with it on replay.
 */
record DeadLetterRecord(
        String topic,
        int partition,
        long offset,
        String key,
        byte[] payload,
        Map<String, String> originalHeaders,
        String error,
        String exceptionClass,
        Instant time) {

    static DeadLetterRecord of(ConsumerRecord<String, byte[]> dlt) {
        Map<String, String> original = new LinkedHashMap<>();
        for (Header header : dlt.headers()) {
            if (!header.key().startsWith("kafka_dlt-") && header.value() != null) {
                original.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        String topic = text(dlt, KafkaHeaders.DLT_ORIGINAL_TOPIC);
        Integer partition = integer(dlt, KafkaHeaders.DLT_ORIGINAL_PARTITION);
        Long offset = number(dlt, KafkaHeaders.DLT_ORIGINAL_OFFSET);
        Long timestamp = number(dlt, KafkaHeaders.DLT_ORIGINAL_TIMESTAMP);
        String message = text(dlt, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
        return new DeadLetterRecord(
                topic != null ? topic : dlt.topic().replaceFirst("\\.DLT$", ""),
                partition != null ? partition : dlt.partition(),
                offset != null ? offset : -1,
                dlt.key(),
                dlt.value(),
                original,
                message != null ? message : "(no message)",
                text(dlt, KafkaHeaders.DLT_EXCEPTION_FQCN),
                Instant.ofEpochMilli(dlt.timestamp() > 0 ? dlt.timestamp() : timestamp != null ? timestamp : 0));
    }

    private static String text(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Spring writes partitions as 4-byte and offsets/timestamps as 8-byte big-endian numbers. */
    private static Integer integer(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value().length != 4
                ? null
                : java.nio.ByteBuffer.wrap(header.value()).getInt();
    }

    private static Long number(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value().length != 8
                ? null
                : java.nio.ByteBuffer.wrap(header.value()).getLong();
    }
}
