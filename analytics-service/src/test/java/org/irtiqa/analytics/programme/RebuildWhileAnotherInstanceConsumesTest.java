package org.irtiqa.analytics.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.irtiqa.analytics.rebuild.IntakeState;
import org.irtiqa.analytics.system.Topics;
import org.irtiqa.demo.reference.ReferenceState;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.testkit.EventSender;
import org.irtiqa.testkit.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A rebuild resets the intake's consumer group to offset 0, which Kafka refuses while the group has
 * members: with another instance's consumer in the group (here a plain consumer joined to
 * {@code analytics-intake}), the rebuild answers 409 {@code rebuild-group-not-empty}, starts
 * nothing and leaves the local intake running; once the other has left, it rebuilds. Isolated: the
 * rebuild starts the state over.
 */
@Tag("isolated")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalStackInitializer.class)
class RebuildWhileAnotherInstanceConsumesTest {

    private static final EventSender sender = new EventSender();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @AfterAll
    static void close() {
        sender.close();
    }

    @Test
    void refusesWithAConflictWhileAnotherInstanceConsumesKeepsTheIntakeRunningAndRebuildsOnceAlone() {
        long seed = Long.getLong("readiness.seed", System.nanoTime());
        ReferenceState reference = new ReferenceState();
        for (TestEvents.Sent event : RandomProgramme.generate(seed, "W")) {
            sender.sendWithoutWaiting(event.topic(), event.key(), event.event());
            ReferenceEvents.fold(reference, event.event());
        }
        sender.awaitAcknowledged();
        String url = "http://127.0.0.1:" + port;
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> ServedFigures.assertMatch(url, reference, "before, seed " + seed));

        try (var other = anotherMember()) {
            http().post()
                    .uri("/api/admin/readiness/rebuild")
                    .exchange()
                    .expectStatus()
                    .isEqualTo(409)
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("https://irtiqa.org/problems/rebuild-group-not-empty")
                    .jsonPath("$.title")
                    .isEqualTo("Another instance consumes the intake's group")
                    .jsonPath("$.detail")
                    .value(String.class, detail -> assertThat(detail)
                            .contains("other members: ")
                            .contains("the-other-instance"));
            assertThat(listeners.getListenerContainer(IntakeState.LISTENER_ID).isRunning())
                    .as("the local intake, stopped for the check, runs again")
                    .isTrue();
            http().get()
                    .uri("/api/admin/readiness/rebuild")
                    .exchange()
                    .expectBody()
                    .json("{rebuilding: false}");
        }

        http().post()
                .uri("/api/admin/readiness/rebuild")
                .exchange()
                .expectStatus()
                .isAccepted();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> http().get()
                        .uri("/api/admin/readiness/rebuild")
                        .exchange()
                        .expectBody()
                        .json("{rebuilding: false, progress: 1.0}")
                        .jsonPath("$.lastCompletedAt")
                        .isNotEmpty());
        ServedFigures.assertMatch(url, reference, "after the rebuild, seed " + seed);
    }

    /** A member of the intake's group that owns some of its partitions and commits nothing. */
    private KafkaConsumer<byte[], byte[]> anotherMember() {
        var consumer = new KafkaConsumer<>(
                Map.<String, Object>of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        IntakeState.LISTENER_ID,
                        ConsumerConfig.CLIENT_ID_CONFIG,
                        "the-other-instance",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.INPUTS));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(200));
            return !consumer.assignment().isEmpty();
        });
        return consumer;
    }

    private RestTestClient http() {
        return Tokens.client(port, Tokens.OPERATOR);
    }
}
