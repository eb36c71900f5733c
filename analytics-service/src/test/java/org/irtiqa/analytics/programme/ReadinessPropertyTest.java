package org.irtiqa.analytics.programme;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.irtiqa.demo.reference.ReferenceState;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.testkit.EventSender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Random programmes (seeded; {@code -Dreadiness.seed=N} replays one) sent as real events, shuffled
 * and with duplicates; then every figure of every institution, governorate and the programme must
 * equal {@link ReferenceFigures}, and every insight figure (bands, level cells, cohorts, participant
 * progress, history; suppressed as a viewer sees them) {@link ServedInsight}'s reference. Isolated
 * (its own JVM and servers): programme and governorate figures cover every event on the broker, so
 * no other test's events may be there. Four consumers apply the batches side by side (the
 * partitions of one topic, and the topics, go to different ones), so the figures must come out
 * exact whatever batches overlap.
 */
@Tag("isolated")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "irtiqa.consumer.concurrency=4")
@ContextConfiguration(initializers = LocalStackInitializer.class)
class ReadinessPropertyTest {

    private static final EventSender sender = new EventSender();

    @LocalServerPort
    int port;

    @AfterAll
    static void close() {
        sender.close();
    }

    @Test
    void everyFigureOfRandomProgrammesEqualsTheReferenceComputation() {
        long seed = Long.getLong("readiness.seed", System.nanoTime());
        System.out.println("ReadinessPropertyTest seed: " + seed);
        ReferenceState reference = new ReferenceState();
        for (int round = 0; round < 3; round++) { // each round adds a programme to what is there
            List<TestEvents.Sent> events = RandomProgramme.generate(seed + round, "P" + round + "-" + (seed % 10_000));
            for (TestEvents.Sent event : events) {
                sender.sendWithoutWaiting(event.topic(), event.key(), event.event());
                ReferenceEvents.fold(reference, event.event());
            }
            sender.awaitAcknowledged();
            ServedInsight.Expected insight = ServedInsight.expect(reference, Instant.now());
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        ServedFigures.assertMatch("http://127.0.0.1:" + port, reference, "seed " + seed);
                        ServedInsight.assertMatch("http://127.0.0.1:" + port, insight, "seed " + seed);
                    });
        }
    }
}
