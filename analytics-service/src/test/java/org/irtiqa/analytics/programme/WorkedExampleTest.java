package org.irtiqa.analytics.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.irtiqa.analytics.programme.TestEvents.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.irtiqa.events.AssessmentKind;
import org.irtiqa.events.Governorate;
import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.Theme;
import org.irtiqa.events.analytics.InstitutionReadinessChanged;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.testkit.EventSender;
import org.irtiqa.testkit.Tokens;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** The example of readiness-metrics.md, sent as real events in a scrambled order. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalStackInitializer.class)
class WorkedExampleTest {

    private static final EventSender sender = new EventSender();
    private static final Instant T = Instant.parse("2026-11-01T06:00:00Z");

    @LocalServerPort
    int port;

    @AfterAll
    static void close() {
        sender.close();
    }

    @Test
    void computesTheWorkedExampleOfTheMetricsContract() {
        String x = "X-" + System.nanoTime();
        String c1 = "C1-" + System.nanoTime();
        UUID a = UUID.randomUUID(), b = UUID.randomUUID(), d = UUID.randomUUID();
        UUID pa = UUID.randomUUID(), pb = UUID.randomUUID(), pd = UUID.randomUUID();
        List<Sent> events = new ArrayList<>(List.of(
                institution(x, Governorate.AL_WUSTA, T),
                enrolled(a, pa, x, c1, LeadershipLevel.TOP_LEADERSHIP, T.plusSeconds(1)),
                enrolled(b, pb, x, c1, LeadershipLevel.EXECUTIVE_TEAM, T.plusSeconds(2)),
                enrolled(d, pd, x, c1, LeadershipLevel.EXECUTIVE_TEAM, T.plusSeconds(3)),
                completed(b, pb, x, c1, T.plusSeconds(100)),
                withdrawn(d, pd, x, c1, T.plusSeconds(90))));
        List<UUID> sessions = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        for (int i = 0; i < 4; i++) {
            events.add(scheduled(sessions.get(i), c1, T.plusSeconds(10 + i)));
            events.add(sessionCompleted(sessions.get(i), c1, T.plusSeconds(20 + i)));
            events.add(attended(sessions.get(i), pb, b, x, c1, T.plusSeconds(20 + i)));
            if (i < 3) {
                events.add(attended(sessions.get(i), pa, a, x, c1, T.plusSeconds(20 + i)));
            }
            if (i < 2) {
                events.add(attended(sessions.get(i), pd, d, x, c1, T.plusSeconds(20 + i)));
            }
        }
        Instant last = T.plusSeconds(200);
        events.add(assessed(
                UUID.randomUUID(),
                pa,
                a,
                x,
                c1,
                Theme.RISK_MANAGEMENT,
                AssessmentKind.BASELINE,
                40,
                T.plusSeconds(30),
                T.plusSeconds(30)));
        events.add(assessed(
                UUID.randomUUID(),
                pa,
                a,
                x,
                c1,
                Theme.RISK_MANAGEMENT,
                AssessmentKind.FINAL,
                70,
                T.plusSeconds(80),
                T.plusSeconds(80)));
        events.add(assessed(
                UUID.randomUUID(),
                pb,
                b,
                x,
                c1,
                Theme.RISK_MANAGEMENT,
                AssessmentKind.MODULE,
                60,
                T.plusSeconds(40),
                T.plusSeconds(40)));
        events.add(assessed(
                UUID.randomUUID(),
                pb,
                b,
                x,
                c1,
                Theme.RISK_MANAGEMENT,
                AssessmentKind.MODULE,
                80,
                T.plusSeconds(50),
                last));
        events.add(assessed(
                UUID.randomUUID(),
                pb,
                b,
                x,
                c1,
                Theme.LIFE_EVENT_JOURNEYS,
                AssessmentKind.FINAL,
                90,
                T.plusSeconds(60),
                T.plusSeconds(60)));
        Collections.shuffle(events, new Random(5));
        events.forEach(e -> sender.send(e.topic(), e.key(), e.event()));

        var http = Tokens.client(port, Tokens.ADMIN);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> http.get()
                        .uri("/api/readiness/institutions/" + x)
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody()
                        .json("""
                                {institutionCode: "%s", governorate: "AL_WUSTA",
                                 enrolled: 2, completed: 1, withdrawn: 1, expectedAttendance: 8, attended: 7,
                                 attendanceRate: 0.875, themeScores: {RISK_MANAGEMENT: 75.0, LIFE_EVENT_JOURNEYS: 90.0},
                                 proficiency: 82.5, growth: 30.0, completionRate: 0.5, levelCoverage: 0.5,
                                 readinessIndex: 74.5, lastEventAt: "2026-11-01T06:03:20.000Z"}""".formatted(x)));

        http.get()
                .uri("/api/readiness/governorates/AL_WUSTA")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.governorate")
                .isEqualTo("AL_WUSTA")
                .jsonPath("$.institutions")
                .value(n -> assertThat(((Number) n).intValue()).isPositive());
        http.get()
                .uri("/api/readiness/institutions")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[?(@.institutionCode == '%s')].readinessIndex".formatted(x))
                .isEqualTo(List.of(74.5));

        var published = TopicReader.await(
                "analytics.readiness.v1",
                e -> x.equals(e.key()) && ((InstitutionReadinessChanged) e.value()).getReadinessIndex() == 74.5);
        InstitutionReadinessChanged changed =
                (InstitutionReadinessChanged) published.getLast().value();
        assertThat(changed.getThemeScores()).containsEntry("RISK_MANAGEMENT", 75.0);
        assertThat(changed.getAsOf()).isEqualTo(last);
    }
}
