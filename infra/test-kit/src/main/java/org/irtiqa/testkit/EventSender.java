package org.irtiqa.testkit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    public EventSender() {
        var stack = LocalStack.shared();
        serializer.configure(Map.of("schema.registry.url", stack.registry().confluentApiUrl()), false);
        producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()),
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
        producer.flush();
        try {
            List<Long> offsets = new ArrayList<>();
            for (Future<RecordMetadata> one : sent) {
                offsets.add(one.get().offset());
            }
            return offsets;
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + topic, e);
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
        producer.close();
        serializer.close();
    }
}
