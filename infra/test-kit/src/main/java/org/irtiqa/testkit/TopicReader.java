package org.irtiqa.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.schemas.serde.AvroDeserializer;

/** Reads what really reached a topic of the test broker, from offset 0, without a consumer group. */
public final class TopicReader {

    /** A record as it is on the topic, with its value decoded through the real registry (null if not decodable). */
    public record Event(ConsumerRecord<String, byte[]> raw, SpecificRecord value) {

        public String key() {
            return raw.key();
        }

        public String header(String name) {
            var header = raw.headers().lastHeader(name);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    }

    private TopicReader() {}

    /** Every record of the topic so far, decoded; dead-letter topics hold raw bytes, so pass decode = false. */
    public static List<Event> all(String topic, boolean decode) {
        var stack = LocalStack.shared();
        var deserializer = new AvroDeserializer();
        deserializer.configure(Map.of("schema.registry.url", stack.registry().confluentApiUrl()), false);
        Map<String, Object> config =
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<Event> events = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    events.add(new Event(record, decode ? deserializer.deserialize(topic, record.value()) : null));
                }
            }
            return events;
        }
    }

    /** Waits (up to 60 s: a broker just restarted, a slow machine) until the topic holds at least {@code atLeast} records matching {@code which}. */
    public static List<Event> await(String topic, boolean decode, Predicate<Event> which, int atLeast) {
        List<Event> found = new ArrayList<>();
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    found.clear();
                    all(topic, decode).stream().filter(which).forEach(found::add);
                    return found.size() >= atLeast;
                });
        return found;
    }

    /** Waits for one decoded event matching {@code which}; returns all that match. */
    public static List<Event> await(String topic, Predicate<Event> which) {
        return await(topic, true, which, 1);
    }
}
