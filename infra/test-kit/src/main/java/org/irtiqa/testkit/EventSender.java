package org.irtiqa.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.schemas.serde.AvroSerializer;
import org.irtiqa.support.events.EventIds;

/** Sends real events, as the producing services would, to the test broker through the real registry. */
public final class EventSender implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final AvroSerializer serializer = new AvroSerializer();
    private final List<Future<RecordMetadata>> unacknowledged = new ArrayList<>();

    public EventSender() {
        var stack = LocalStack.shared();
        serializer.configure(Map.of("schema.registry.url", stack.registry().confluentApiUrl()), false);
        producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        stack.kafka().bootstrapServers(),
                        // what keeps each partition in send order through retries (sendWithoutWaiting)
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        // one request at a time: tests send to topics the broker creates on first use, and
                        // a first request refused (no leader yet) while a second is accepted then fails
                        // OUT_OF_ORDER_SEQUENCE_NUMBER until its delivery timeout (KAFKA-15591, seen here)
                        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
                        1),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    public void send(String topic, String key, SpecificRecord event) {
        sendRaw(topic, key, serializer.serialize(topic, event));
    }

    public void sendRaw(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    /**
     * Sends without waiting for the broker's acknowledgement, for tests that send thousands of
     * events: waiting for each one costs a round trip (the 8,761 events of a crash test took 77 s
     * one by one here). Each key's events still land in the order sent, since the producer is
     * idempotent and its retries never reorder a partition. {@link #awaitAcknowledged} (or close)
     * waits for them all and fails if any was refused.
     */
    public void sendWithoutWaiting(String topic, String key, SpecificRecord event) {
        unacknowledged.add(producer.send(new ProducerRecord<>(topic, key, serializer.serialize(topic, event))));
    }

    /** Waits until every event of {@link #sendWithoutWaiting} is acknowledged; fails on the first refused. */
    public void awaitAcknowledged() {
        try {
            acknowledged(unacknowledged);
        } finally {
            unacknowledged.clear();
        }
    }

    /**
     * Sends the events to one partition (one key) in one produce request, so that a consumer gets
     * them in one batch; returns each one's offset, in order.
     */
    public List<Long> sendTogether(String topic, String key, List<? extends SpecificRecord> events) {
        List<byte[]> values = events.stream()
                .map(event -> serializer.serialize(topic, event))
                .toList(); // first, so the sends follow each other within the producer's linger
        List<Future<RecordMetadata>> sent = values.stream()
                .map(value -> producer.send(new ProducerRecord<>(topic, key, value)))
                .toList();
        return acknowledged(sent).stream().map(RecordMetadata::offset).toList();
    }

    /** Flushes, then each send's acknowledgement in order; fails on the first refused. */
    private List<RecordMetadata> acknowledged(List<Future<RecordMetadata>> sent) {
        producer.flush();
        List<RecordMetadata> acknowledgements = new ArrayList<>(sent.size());
        try {
            for (Future<RecordMetadata> one : sent) {
                acknowledgements.add(one.get());
            }
            return acknowledgements;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for acknowledgements", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("An event sent was refused", e.getCause());
        }
    }

    public static EventMetadata meta() {
        return EventMetadata.newBuilder()
                .setEventId(EventIds.next())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setSource("test")
                .build();
    }

    @Override
    public void close() {
        try {
            awaitAcknowledged();
        } finally {
            producer.close(Duration.ofSeconds(10)); // bounded: with the broker gone, close() alone can wait forever
        }
        serializer.close();
    }
}
