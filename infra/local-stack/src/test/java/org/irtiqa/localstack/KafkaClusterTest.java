package org.irtiqa.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A three-broker cluster of its own (not the shared single broker): production's replication,
 * and what {@code min.insync.replicas=2} means when its leaders are killed — one broker down is
 * nothing to an {@code acks=all} producer, two down refuse the write until one is back.
 */
class KafkaClusterTest {

    private static final String TOPIC = "local-stack.cluster-test";

    private static KafkaCluster cluster;

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createTempDirectory(LocalStack.KAFKA_DATA_PREFIX + "cluster-");
        Shutdown.register(Shutdown.Phase.FILES, () -> TempFiles.deleteQuietly(data));
        cluster = LocalStack.timed(
                "Kafka (3 brokers)", () -> KafkaCluster.of(3, data, Path.of("target", "local-stack"), id -> 0, id -> 0)
                        .start());
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 3))).all().get(30, TimeUnit.SECONDS);
        }
        // every broker learns of the topic a moment after the controller made it
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> cluster.leaderOf(TOPIC, 0) != null);
    }

    @AfterAll
    static void stop() {
        cluster.kill(); // its data is thrown away: no controlled shutdown needed
    }

    @Test
    void replicatesTopicsAndItsOwnInternalTopicsLikeProduction() throws Exception {
        assertThat(cluster.bootstrapServers().split(",")).hasSize(3);
        try (Admin admin = admin()) {
            Config broker = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.BROKER, "1")))
                    .all()
                    .get(10, TimeUnit.SECONDS)
                    .values()
                    .iterator()
                    .next();
            assertThat(broker.get("min.insync.replicas").value()).isEqualTo("2");
            assertThat(broker.get("default.replication.factor").value()).isEqualTo("3");
            assertThat(broker.get("offsets.topic.replication.factor").value()).isEqualTo("3");
            assertThat(broker.get("transaction.state.log.replication.factor").value())
                    .isEqualTo("3");
            assertThat(broker.get("transaction.state.log.min.isr").value()).isEqualTo("2");
            TopicDescription topic = admin.describeTopics(List.of(TOPIC))
                    .allTopicNames()
                    .get(10, TimeUnit.SECONDS)
                    .get(TOPIC);
            assertThat(topic.partitions()).allSatisfy(p -> assertThat(p.isr()).hasSize(3));
        }
    }

    @Test
    void acceptsWritesWithOneBrokerDownAndRefusesThemWithTwo() throws Exception {
        KafkaBroker leader = cluster.leaderOf(TOPIC, 0);
        leader.kill();
        // the controller moves the leadership once the killed broker's session has expired
        KafkaBroker second = await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> cluster.leaderOf(TOPIC, 0), next -> next != leader);
        // one long-lived producer, as the services' relays: its producer id is granted while a
        // quorum exists, so with two brokers down its send fails by its delivery timeout (a new
        // producer would wait for an id no controller can grant, and its batch would not expire)
        var producer = producer(15_000);
        try {
            producer.send(new ProducerRecord<>(TOPIC, 0, "k", "one down")).get(40, TimeUnit.SECONDS);
            second.kill();
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPIC, 0, "k", "two down"))
                            .get(40, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOfAny(NotEnoughReplicasException.class, TimeoutException.class);
        } finally {
            producer.close(Duration.ofSeconds(1));
            leader.restart();
            second.restart();
            cluster.awaitRegistered(3);
            // as the test found it: every replica in sync again, whichever test runs next
            cluster.awaitFullyReplicated(List.of(TOPIC));
        }
        try (var again = producer(30_000)) {
            again.send(new ProducerRecord<>(TOPIC, 0, "k", "all back")).get(40, TimeUnit.SECONDS);
        }
    }

    /** acks=all with idempotence, as the services' producers (events.md). */
    private static KafkaProducer<String, String> producer(int deliveryTimeoutMs) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        cluster.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                        deliveryTimeoutMs,
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                        5_000),
                new StringSerializer(),
                new StringSerializer());
    }

    private static Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()));
    }
}
