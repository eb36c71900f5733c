package org.irtiqa.scheduling.deadletter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.irtiqa.scheduling.system.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps what reaches this service's dead-letter topics, so that it can be listed and replayed
 * over HTTP. The dead-letter publisher's headers say where each record came from and why it failed.
 * Each insert stands alone: a redelivered batch finds its rows there already and adds nothing.
 */
@Component
class DeadLetterListener {

    private static final int MAX_ERROR = 2000;

    private final DeadLetterRepository repository;

    DeadLetterListener(DeadLetterRepository repository) {
        this.repository = repository;
    }

    @KafkaListener(id = "scheduling-dead-letters", containerFactory = "batchFactory",
            topics = {Topics.COHORTS + ".DLT", Topics.PARTICIPANTS + ".DLT", Topics.ENROLMENTS + ".DLT"})
    void on(List<ConsumerRecord<String, byte[]>> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            String topic = text(record.headers().lastHeader("kafka_dlt-original-topic"));
            Header partition = record.headers().lastHeader("kafka_dlt-original-partition");
            Header offset = record.headers().lastHeader("kafka_dlt-original-offset");
            repository.insert(topic == null ? record.topic().replaceFirst("\\.DLT$", "") : topic,
                    partition == null ? record.partition() : ByteBuffer.wrap(partition.value()).getInt(),
                    offset == null ? -1 : ByteBuffer.wrap(offset.value()).getLong(),
                    record.key(), record.value(), error(record), Instant.ofEpochMilli(record.timestamp()));
        }
    }

    /** The root cause where the stack trace names one (the listener's own message rarely helps), else the message. */
    private static String error(ConsumerRecord<String, byte[]> record) {
        String trace = text(record.headers().lastHeader("kafka_dlt-exception-stacktrace"));
        String error = text(record.headers().lastHeader("kafka_dlt-exception-message"));
        if (trace != null) {
            for (String line : trace.split("\n")) {
                if (line.startsWith("Caused by: ")) {
                    error = line.substring("Caused by: ".length());
                }
            }
        }
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    private static String text(Header header) {
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
