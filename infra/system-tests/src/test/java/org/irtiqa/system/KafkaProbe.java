package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.irtiqa.localstack.KafkaCredentials;

/**
 * A plain Kafka client signed in as one service's user, asking the broker for what the ACL table
 * does not grant: each attempt must come back refused by the broker's authorizer, with Kafka's own
 * exception. Nothing it tries is ever written (a refused produce leaves no record).
 */
final class KafkaProbe implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final String bootstrapServers;
    private final KafkaCredentials credentials;
    private final KafkaProducer<byte[], byte[]> producer;
    private final Admin admin;

    KafkaProbe(String bootstrapServers, KafkaCredentials credentials) {
        this.bootstrapServers = bootstrapServers;
        this.credentials = credentials;
        Map<String, Object> config = config(bootstrapServers, credentials);
        // Not idempotent: a refused batch must not put a producer id's sequence in a fatal state.
        config.put("enable.idempotence", false);
        config.put("acks", "1");
        config.put("max.block.ms", (int) PATIENCE.toMillis());
        config.put("delivery.timeout.ms", (int) PATIENCE.toMillis());
        config.put("request.timeout.ms", 10_000);
        this.producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        this.admin = Admin.create(config(bootstrapServers, credentials));
    }

    void assertWriteRefused(String topic) {
        assertThatThrownBy(() -> producer.send(new ProducerRecord<>(topic, "forged".getBytes()))
                        .get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS))
                .as(credentials.user() + " writing " + topic)
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(TopicAuthorizationException.class);
    }

    /** A fetch of partition 0 without a group: only the topic's READ ACL is asked. */
    void assertReadRefused(String topic) {
        try (var consumer = consumer(null)) {
            consumer.assign(List.of(new TopicPartition(topic, 0)));
            consumer.seekToBeginning(List.of(new TopicPartition(topic, 0)));
            assertThat(refusal(consumer))
                    .as(credentials.user() + " reading " + topic)
                    .isInstanceOf(TopicAuthorizationException.class);
        }
    }

    /**
     * Another service's group: its committed offsets are not even described, and joining it to
     * read {@code readableTopic} (a topic this user may read, or null) is refused for the group.
     */
    void assertGroupRefused(String group, String readableTopic) {
        assertThatThrownBy(() -> admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata()
                        .get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS))
                .as(credentials.user() + " describing group " + group)
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(GroupAuthorizationException.class);
        if (readableTopic != null) {
            try (var consumer = consumer(group)) {
                consumer.subscribe(List.of(readableTopic));
                assertThat(refusal(consumer))
                        .as(credentials.user() + " joining group " + group)
                        .isInstanceOf(GroupAuthorizationException.class);
            }
        }
    }

    static void assertAuthenticationRefused(String bootstrapServers, KafkaCredentials wrong) {
        try (Admin admin = Admin.create(config(bootstrapServers, wrong))) {
            assertThatThrownBy(() -> admin.describeCluster().nodes().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS))
                    .as(wrong.user() + " with a wrong password")
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(SaslAuthenticationException.class);
        }
    }

    private static RuntimeException refusal(KafkaConsumer<byte[], byte[]> consumer) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    fail("read " + records.count() + " records where it should have been refused");
                }
            } catch (TopicAuthorizationException | GroupAuthorizationException refused) {
                return refused;
            }
        }
        return fail("neither read nor refused within " + PATIENCE.toSeconds() + " s");
    }

    private KafkaConsumer<byte[], byte[]> consumer(String group) {
        Map<String, Object> config = config(bootstrapServers, credentials);
        if (group != null) {
            config.put("group.id", group);
        }
        config.put("enable.auto.commit", false);
        config.put("auto.offset.reset", "earliest");
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static Map<String, Object> config(String bootstrapServers, KafkaCredentials credentials) {
        Map<String, Object> config = new HashMap<>(credentials.clientProperties());
        config.put("bootstrap.servers", bootstrapServers);
        return config;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(2));
        admin.close(Duration.ofSeconds(2));
    }
}
