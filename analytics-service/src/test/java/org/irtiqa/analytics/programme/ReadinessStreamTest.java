package org.irtiqa.analytics.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.irtiqa.analytics.programme.TestEvents.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.irtiqa.events.AssessmentKind;
import org.irtiqa.events.Governorate;
import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.Theme;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.testkit.EventSender;
import org.irtiqa.testkit.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/readiness/stream} as a dashboard holds it open: an institution's change reaches
 * an admin with every figure and a viewer suppressed; a change of hidden figures only (an
 * assessment, dated before the institution's last event, of a two-person institution) reaches the
 * admin and not the viewer; the third enrolment, which lifts the suppression, reaches both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalStackInitializer.class)
class ReadinessStreamTest {

    private static final EventSender sender = new EventSender();
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @AfterAll
    static void close() {
        sender.close();
    }

    /** The {@code readiness} events of one open stream, as parsed JSON. */
    private final class Subscription {
        final List<Map<String, Object>> events = new CopyOnWriteArrayList<>();
        final List<String> comments = new CopyOnWriteArrayList<>();

        @SuppressWarnings("unchecked")
        Subscription(String account) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/readiness/stream"))
                    .header("Authorization", Tokens.bearer(account))
                    .header("Accept", "text/event-stream")
                    .build();
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
            Thread.ofVirtual().start(() -> {
                String event = null;
                for (String line : (Iterable<String>) response.body()::iterator) {
                    if (line.startsWith("event:")) {
                        event = line.substring(6).trim();
                    } else if (line.startsWith("data:") && "readiness".equals(event)) {
                        events.add(json.readValue(line.substring(5).trim(), Map.class));
                    } else if (line.startsWith(":")) {
                        comments.add(line);
                    }
                }
            });
        }

        List<Map<String, Object>> of(String institution) {
            return events.stream()
                    .filter(e -> institution.equals(e.get("institutionCode")))
                    .toList();
        }
    }

    @Test
    void deliversChangesAsEachSubscriberSeesThem() throws Exception {
        String s = "S-" + System.nanoTime() % 1_000_000_000L;
        String c = "CS-" + s;
        Instant t = Instant.now().minusSeconds(3600);
        Subscription admin = new Subscription(Tokens.ADMIN);
        Subscription viewer = new Subscription(Tokens.VIEWER);
        UUID e1 = UUID.randomUUID(), p1 = UUID.randomUUID(), e2 = UUID.randomUUID(), p2 = UUID.randomUUID();

        for (Sent event : List.of(
                institution(s, Governorate.AD_DHAHIRAH, t),
                enrolled(e1, p1, s, c, LeadershipLevel.TOP_LEADERSHIP, t.plusSeconds(10)),
                enrolled(e2, p2, s, c, LeadershipLevel.TOP_LEADERSHIP, t.plusSeconds(20)))) {
            sender.send(event.topic(), event.key(), event.event());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(admin.of(s)).last().satisfies(e -> assertThat(e).containsEntry("enrolled", 2));
            assertThat(viewer.of(s)).last().satisfies(e -> assertThat(e)
                    .containsEntry("enrolled", 2)
                    .containsEntry("suppressed", true)
                    .containsEntry("proficiency", null));
        });
        int viewerEvents = viewer.of(s).size();

        // hidden from a viewer: a score (proficiency), with an occurredAt before the last event
        Sent score = assessed(
                UUID.randomUUID(),
                p1,
                e1,
                s,
                c,
                Theme.RISK_MANAGEMENT,
                AssessmentKind.FINAL,
                77,
                t.plusSeconds(15),
                t.plusSeconds(15));
        sender.send(score.topic(), score.key(), score.event());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(admin.of(s)).last().satisfies(e -> assertThat(e)
                        .containsEntry("proficiency", 77.0)));

        UUID e3 = UUID.randomUUID(), p3 = UUID.randomUUID();
        Sent third = enrolled(e3, p3, s, c, LeadershipLevel.EXECUTIVE_TEAM, t.plusSeconds(30));
        sender.send(third.topic(), third.key(), third.event());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(viewer.of(s))
                .last()
                .satisfies(e -> assertThat(e).containsEntry("enrolled", 3).containsEntry("suppressed", false)));
        assertThat(viewer.of(s)).hasSize(viewerEvents + 1); // nothing for the hidden change
        assertThat(viewer.of(s).getLast()).containsEntry("proficiency", null); // one score: fewer than 3
        assertThat(admin.of(s).getLast()).containsEntry("enrolled", 3).containsEntry("proficiency", 77.0);
    }
}
