package org.irtiqa.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The leader cut off the network instead of killed: broker 3 runs in a {@link NetworkNamespace}
 * whose link goes down while an acks=all, idempotent producer writes to the partition it leads.
 * It lives on, unreachable: its requests hang instead of being refused. The controller fences it
 * and the two others take over; every write is acknowledged, and once the link is back the
 * broker rejoins the in-sync replicas and the partition holds each record exactly once, in order.
 * Needs root (ip netns); skipped, saying so, elsewhere.
 */
class KafkaClusterPartitionTest {

    private static final String TOPIC = "local-stack.partition-test";

    private static NetworkNamespace namespace;
    private static KafkaCluster cluster;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(NetworkNamespace.available(), "no network namespaces here (ip netns add needs root)");
        namespace = NetworkNamespace.create();
        Path data = Files.createTempDirectory(LocalStack.KAFKA_DATA_PREFIX + "partition-");
        Shutdown.register(Shutdown.Phase.FILES, () -> TempFiles.deleteQuietly(data));
        cluster =
                LocalStack.timed("Kafka (3 brokers, one in a network namespace)", () -> KafkaCluster.withThirdBrokerIn(
                                namespace, data, Path.of("target", "local-stack"))
                        .start());
        try (Admin admin = admin()) {
            // broker 3 the preferred leader: the cut lands on the leader
            admin.createTopics(List.of(new NewTopic(TOPIC, Map.of(0, List.of(3, 1, 2)))))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.kill();
        }
        if (namespace != null) {
            namespace.close();
        }
    }

    @Test
    void everyWriteIsAcknowledgedAndKeptOnceWhileTheLeaderIsCutOff() throws Exception {
        // every broker learns of the topic a moment after the controller made it
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> cluster.leaderOf(TOPIC, 0).nodeId() == 3);
        List<String> written = new ArrayList<>();
        try (var producer = producer()) {
            send(producer, "before the cut", written);
            namespace.cut();
            try {
                for (int i = 1; i <= 20; i++) {
                    send(producer, "cut off " + i, written);
                }
                assertThat(cluster.leaderOf(TOPIC, 0).nodeId())
                        .as("leader, broker 3 cut off")
                        .isNotEqualTo(3);
            } finally {
                namespace.restore();
            }
            send(producer, "after the cut", written);
        }
        await().atMost(Duration.ofMinutes(1)).ignoreExceptions().until(this::brokerThreeInSync);

        assertThat(readAll()).containsExactlyElementsOf(written);
    }

    private static void send(KafkaProducer<String, String> producer, String value, List<String> written)
            throws Exception {
        producer.send(new ProducerRecord<>(TOPIC, 0, "k", value)).get(90, TimeUnit.SECONDS);
        written.add(value);
    }

    private boolean brokerThreeInSync() throws Exception {
        try (Admin admin = admin()) {
            return admin
                    .describeTopics(List.of(TOPIC))
                    .allTopicNames()
                    .get(5, TimeUnit.SECONDS)
                    .get(TOPIC)
                    .partitions()
                    .getFirst()
                    .isr()
                    .stream()
                    .anyMatch(node -> node.id() == 3);
        }
    }

    private static List<String> readAll() {
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        cluster.bootstrapServers(),
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
                return consumer.position(partition) >= end;
            });
        }
        return values;
    }

    /** acks=all with idempotence (events.md); a request to the unreachable leader gives up after 5 s. */
    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        cluster.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                        5_000,
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                        60_000),
                new StringSerializer(),
                new StringSerializer());
    }

    private static Admin admin() {
        return Admin.create(Map.of(
                "bootstrap.servers", cluster.bootstrapServers(),
                "request.timeout.ms", 5000,
                "default.api.timeout.ms", 10000));
    }
}
