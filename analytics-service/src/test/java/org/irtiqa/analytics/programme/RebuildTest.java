package org.irtiqa.analytics.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.irtiqa.demo.reference.ReferenceState;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.testkit.EventSender;
import org.irtiqa.testkit.Tokens;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rebuild from offset 0 serves the last complete figures while it runs, ends on figures equal
 * to the live ones (byte for byte), and publishes nothing new since nothing changed. Isolated: it
 * starts the state over, which no test sharing its servers should see.
 */
@Tag("isolated")
// checked every 3 s (1 s by default), so that the rebuild, quick here, is still seen running just after its start
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "analytics.rebuild.check-interval=3s")
@ContextConfiguration(initializers = LocalStackInitializer.class)
class RebuildTest {

    private static final EventSender sender = new EventSender();
    private static final List<String> PATHS =
            List.of("/api/readiness/programme", "/api/readiness/institutions", "/api/readiness/governorates");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void close() {
        sender.close();
    }

    @Test
    void rebuildsFromOffsetZeroWhileServingTheLastCompleteFigures() {
        long seed = Long.getLong("readiness.seed", System.nanoTime());
        ReferenceState reference = new ReferenceState();
        Set<UUID> distinct = new HashSet<>();
        for (int round = 0; round < 4; round++) {
            for (TestEvents.Sent event : RandomProgramme.generate(seed + round, "R" + round)) {
                sender.sendWithoutWaiting(event.topic(), event.key(), event.event());
                ReferenceEvents.fold(reference, event.event());
                distinct.add(((EventMetadata) event.event().get(0)).getEventId());
            }
        }
        sender.awaitAcknowledged();
        String url = "http://127.0.0.1:" + port;
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> ServedFigures.assertMatch(url, reference, "before rebuild, seed " + seed));
        Map<String, String> live = PATHS.stream().collect(java.util.stream.Collectors.toMap(p -> p, this::get));
        awaitOutboxSent();
        int publishedBefore = TopicReader.all("analytics.readiness.v1", false).size();

        http(Tokens.OPERATOR)
                .post()
                .uri("/api/admin/readiness/rebuild")
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody()
                .json("{rebuilding: true, finishedAt: null, progress: 0.0}")
                .jsonPath("$.startedAt")
                .isNotEmpty();
        http(Tokens.OPERATOR)
                .post()
                .uri("/api/admin/readiness/rebuild")
                .exchange()
                .expectStatus()
                .isEqualTo(409);
        List<Double> runningSeen = new java.util.ArrayList<>(List.of(metric("irtiqa_analytics_rebuild_running")));
        List<Double> progressSeen =
                new java.util.ArrayList<>(List.of(metric("irtiqa_analytics_rebuild_progress_ratio")));
        do { // while it runs, the last complete figures
            runningSeen.add(metric("irtiqa_analytics_rebuild_running"));
            progressSeen.add(metric("irtiqa_analytics_rebuild_progress_ratio"));
            PATHS.forEach(path -> assertThat(get(path)).as(path).isEqualTo(live.get(path)));
        } while (rebuilding());
        assertThat(runningSeen).as("the rebuild's gauge while it ran").contains(1.0);
        assertThat(progressSeen).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
        assertThat(progressSeen).as("the share folded only grows").isSorted();

        PATHS.forEach(
                path -> assertThat(get(path)).as(path + " after the rebuild").isEqualTo(live.get(path)));
        ServedFigures.assertMatch(url, reference, "after rebuild, seed " + seed);
        assertThat(count("processed_event")).as("every event applied again").isEqualTo(distinct.size());
        JsonNode report = JsonMapper.builder().build().readTree(get(Tokens.OPERATOR, "/api/admin/readiness/rebuild"));
        assertThat(report.get("eventsFolded").asLong())
                .as("the report's events folded")
                .isEqualTo(distinct.size());
        assertThat(report.get("deadLettered").asLong()).isZero();
        assertThat(report.get("progress").asDouble()).isEqualTo(1.0);
        Instant started = Instant.parse(report.get("startedAt").asString());
        Instant finished = Instant.parse(report.get("finishedAt").asString());
        assertThat(finished).isAfterOrEqualTo(started);
        assertThat(report.get("lastCompletedAt").asString())
                .isEqualTo(report.get("finishedAt").asString());
        awaitOutboxSent();
        assertThat(TopicReader.all("analytics.readiness.v1", false))
                .as("nothing changed, nothing published")
                .hasSize(publishedBefore);
        await().atMost(Duration.ofSeconds(10)).until(() -> metric("irtiqa_analytics_rebuild_running") == 0);
        assertThat(metric("irtiqa_analytics_rebuild_progress_ratio")).isEqualTo(1.0);
        // batches were applied a moment ago; with nothing more to apply, the time since grows
        double sinceLastBatch = metric("irtiqa_analytics_intake_last_batch_age_seconds");
        assertThat(sinceLastBatch).isLessThan(60);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> metric("irtiqa_analytics_intake_last_batch_age_seconds") >= sinceLastBatch + 1);
    }

    /** The value of a series without labels (other than the service's) on /actuator/prometheus. */
    private double metric(String name) {
        var line = java.util.regex.Pattern.compile("(?m)^" + name + "(\\{[^}]*})? (\\S+)$")
                .matcher(get(Tokens.OPERATOR, "/actuator/prometheus"));
        assertThat(line.find()).as(name + " on /actuator/prometheus").isTrue();
        return Double.parseDouble(line.group(2));
    }

    private void awaitOutboxSent() {
        await().atMost(Duration.ofSeconds(60)).until(() -> count("outbox") == 0);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private boolean rebuilding() {
        return get(Tokens.OPERATOR, "/api/admin/readiness/rebuild").contains("\"rebuilding\":true");
    }

    private String get(String path) {
        return get(Tokens.ADMIN, path);
    }

    private String get(String account, String path) {
        return http(account)
                .get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private RestTestClient http(String account) {
        return Tokens.client(port, account);
    }
}
