package org.irtiqa.analytics.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.irtiqa.analytics.programme.TestCorrections.retracted;
import static org.irtiqa.analytics.programme.TestEvents.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of readiness-metrics.md on a worked example, by Asia/Muscat day, computed by hand:
 * institution H, three leaders (TOP_LEADERSHIP, SENIOR_MANAGEMENT, EXECUTIVE_TEAM) enrolled on day
 * D = today − 40, one session on D+1 that all three attended, and a FINAL in RISK_MANAGEMENT of 60,
 * 70 and 80 on D+5. levelCoverage is 3/4 on every day, completionRate 0.
 * <ul>
 *   <li>D: no session held yet: 100 × 0.15 × 0.75 = 11.25 → 11.3
 *   <li>D+1 … D+4: attendanceRate 3/3: 100 × (0.35 + 0.1125) = 46.25 → 46.3
 *   <li>D+5 onwards: proficiency 70: 100 × (0.35 + 0.35 × 0.7 + 0.1125) = 70.75 → 70.8
 * </ul>
 * Then a MODULE of 90 in DIGITAL_TRANSFORMATION recorded today with an assessedAt on D+10: from
 * D+10 proficiency is (70 + 90) / 2 = 80 and the index 100 × (0.35 + 0.28 + 0.1125) = 74.25 →
 * 74.3, while D+5 … D+9 stay 70.8. Its retraction gives back 70.8 on every day from D+5.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalStackInitializer.class)
class HistoryWorkedExampleTest {

    private static final EventSender sender = new EventSender();
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final ZoneId MUSCAT = ZoneId.of("Asia/Muscat");

    @LocalServerPort
    int port;

    @AfterAll
    static void close() {
        sender.close();
    }

    @Test
    void aLateAssessmentChangesThePastDaysItBelongsToAndItsRetractionEveryDay() {
        String h = "H-" + System.nanoTime() % 1_000_000_000L;
        String c = "CH-" + h;
        LocalDate today = LocalDate.now(MUSCAT);
        LocalDate d = today.minusDays(40);
        Instant now = Instant.now();
        List<UUID> enrolments = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<UUID> participants = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<LeadershipLevel> levels = List.of(
                LeadershipLevel.TOP_LEADERSHIP, LeadershipLevel.SENIOR_MANAGEMENT, LeadershipLevel.EXECUTIVE_TEAM);
        UUID session = UUID.randomUUID();
        List<Sent> events = new ArrayList<>(List.of(
                institution(h, Governorate.SOUTH_AL_BATINAH, at(d, 8)),
                scheduled(session, c, at(d.plusDays(1), 10)),
                sessionCompleted(session, c, at(d.plusDays(1), 12))));
        for (int i = 0; i < 3; i++) {
            events.add(enrolled(enrolments.get(i), participants.get(i), h, c, levels.get(i), at(d, 9)));
            events.add(attended(session, participants.get(i), enrolments.get(i), h, c, at(d.plusDays(1), 12)));
            events.add(assessed(
                    UUID.randomUUID(),
                    participants.get(i),
                    enrolments.get(i),
                    h,
                    c,
                    Theme.RISK_MANAGEMENT,
                    AssessmentKind.FINAL,
                    60 + 10 * i,
                    at(d.plusDays(5), 11),
                    at(d.plusDays(5), 11)));
        }
        events.forEach(e -> sender.send(e.topic(), e.key(), e.event()));

        var admin = Tokens.client(port, Tokens.ADMIN);
        String path = "/api/readiness/institutions/" + h + "/history";
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(
                        () -> assertThat(indexes(admin, path)).hasSize(41).endsWith(70.8));
        List<Double> before = indexes(admin, path);
        assertThat(before.getFirst()).isEqualTo(11.3);
        assertThat(before.subList(1, 5)).containsOnly(46.3);
        assertThat(before.subList(5, 41)).containsOnly(70.8);
        Map<String, Object> first = entries(admin, path).getFirst();
        assertThat(first)
                .containsEntry("date", d.toString())
                .containsEntry("enrolled", 3)
                .containsEntry("attendanceRate", null)
                .containsEntry("levelCoverage", 0.75)
                .containsEntry("band", "AT_RISK")
                .containsEntry("suppressed", false)
                .doesNotContainKey("atRisk");

        UUID late = UUID.randomUUID();
        sender.send(
                "scheduling.assessments.v1",
                h,
                assessed(
                                late,
                                participants.get(0),
                                enrolments.get(0),
                                h,
                                c,
                                Theme.DIGITAL_TRANSFORMATION,
                                AssessmentKind.MODULE,
                                90,
                                at(d.plusDays(10), 10),
                                now)
                        .event());
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(indexes(admin, path)).endsWith(74.3));
        List<Double> corrected = indexes(admin, path);
        assertThat(corrected.subList(0, 10)).isEqualTo(before.subList(0, 10)); // D … D+9 as they were
        assertThat(corrected.subList(10, 41)).containsOnly(74.3);
        assertThat(entries(admin, path + "?from=" + d.plusDays(9) + "&to=" + d.plusDays(10)))
                .extracting(e -> e.get("proficiency"))
                .containsExactly(70.0, 80.0);
        assertThat(get(admin, "/api/readiness/institutions/" + h)).containsEntry("readinessIndex", 74.3);

        sender.send(
                "scheduling.assessments.v1",
                h,
                retracted(late, participants.get(0), enrolments.get(0), h, c, 1, now.plusSeconds(1))
                        .event());
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(indexes(admin, path)).isEqualTo(before));

        admin.get()
                .uri(path + "?from=" + d.plusDays(2) + "&to=" + d.plusDays(1))
                .exchange()
                .expectStatus()
                .isBadRequest();
        admin.get()
                .uri(path + "?from=" + today.minusDays(400))
                .exchange()
                .expectStatus()
                .isBadRequest();
        assertThat(entries(admin, path + "?from=" + today.minusDays(399))).hasSize(400);
        admin.get()
                .uri("/api/readiness/institutions/NOPE-" + h + "/history")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(MUSCAT).toInstant();
    }

    private static List<Double> indexes(RestTestClient client, String path) {
        return entries(client, path).stream()
                .map(e -> e.get("readinessIndex") == null ? null : ((Number) e.get("readinessIndex")).doubleValue())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(RestTestClient client, String path) {
        return (List<Map<String, Object>>) get(client, path).get("items");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> get(RestTestClient client, String path) {
        String body = client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return json.readValue(body, Map.class);
    }
}
