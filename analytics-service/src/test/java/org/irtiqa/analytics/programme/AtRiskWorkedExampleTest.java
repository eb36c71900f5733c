package org.irtiqa.analytics.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.irtiqa.analytics.programme.TestCorrections.cohortCreated;
import static org.irtiqa.analytics.programme.TestCorrections.participantRegistered;
import static org.irtiqa.analytics.programme.TestEvents.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Worked examples of readiness-metrics.md's insight, computed by hand below and sent as real
 * events in a scrambled order: one participant with each at-risk flag, a latecomer who is not
 * flagged for the sessions held before joining, a two-person institution suppressed for a viewer
 * and not for its coordinator, and who may read participants' progress.
 *
 * <p>Institution R, cohort C: eight sessions s1…s8 start at T+1h … T+8h and are held. Enrolled at T,
 * at TOP_LEADERSHIP unless said:
 * <ul>
 *   <li>la attends s1, s2, s8: 3 of 8 = 37.5 % < 60 % → LOW_ATTENDANCE (s8 is recent; has a baseline)
 *   <li>mr attends s1…s5: 5 of 8 = 62.5 %, none of s6, s7, s8 → MISSED_RECENT
 *   <li>nb attends all, FINAL 80 in one theme and no BASELINE, |H| = 8 ≥ 2 → NO_BASELINE
 *   <li>lp attends all, BASELINE 30 and FINAL 40 in RISK_MANAGEMENT, FINAL 45 in AI: two themes,
 *       mean 42.5 < 50 → LOW_PROFICIENCY (40 > 30: not declining)
 *   <li>de attends all, BASELINE 80 then FINAL 70 in RISK_MANAGEMENT → DECLINING
 *   <li>late enrols at T+6h30 and attends nothing: H = {s7, s8}, |H| = 2 < 3, and it has a
 *       BASELINE → no flag, although it attended 0 of the cohort's 8 sessions
 *   <li>ok attends all, BASELINE 50, FINAL 90 → no flag
 *   <li>done (EXECUTIVE_TEAM) attends nothing, no baseline, COMPLETED → never at risk
 * </ul>
 * R: enrolled 8, atRisk 5 (la, mr, nb, lp, de). Levels: TOP_LEADERSHIP 7 (atRisk 5),
 * EXECUTIVE_TEAM 1. For a viewer the EXECUTIVE_TEAM cell (1 enrolled) is suppressed, and so, by
 * rule 3, is the TOP_LEADERSHIP cell, the only other one; atRisk 5 with 3 not at risk is shown.
 *
 * <p>Institution Y, cohort C2 (no CohortCreated: listed nowhere): two enrolments → suppressed for a viewer (band SUPPRESSED, index
 * null, only counts), in full for coordinator-Y.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalStackInitializer.class)
class AtRiskWorkedExampleTest {

    private static final EventSender sender = new EventSender();
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final Instant T = Instant.parse("2026-10-04T05:00:00Z");
    private static final long HOUR = 3600;

    @LocalServerPort
    int port;

    @AfterAll
    static void close() {
        sender.close();
    }

    private record Person(UUID enrolment, UUID participant) {
        static Person next() {
            return new Person(UUID.randomUUID(), UUID.randomUUID());
        }
    }

    @Test
    void flagsEachRiskAndSuppressesSmallGroupsForViewersOnly() {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L);
        String r = "R-" + tag, y = "Y-" + tag, c = "C-" + tag, c2 = "CB-" + tag;
        Person la = Person.next(), mr = Person.next(), nb = Person.next(), lp = Person.next(), de = Person.next();
        Person late = Person.next(), ok = Person.next(), done = Person.next(), y1 = Person.next(), y2 = Person.next();
        List<Sent> events = new ArrayList<>(List.of(
                // alone in their governorates here, so that no sibling suppresses them (rule 3)
                institution(r, Governorate.SOUTH_ASH_SHARQIYAH, T),
                institution(y, Governorate.NORTH_ASH_SHARQIYAH, T),
                cohortCreated(c, LocalDate.parse("2026-10-01"), LocalDate.parse("2026-12-31"), T)));
        for (Person p : List.of(la, mr, nb, lp, de, ok)) {
            events.add(enrolled(p.enrolment(), p.participant(), r, c, LeadershipLevel.TOP_LEADERSHIP, T));
        }
        events.add(enrolled(
                late.enrolment(),
                late.participant(),
                r,
                c,
                LeadershipLevel.TOP_LEADERSHIP,
                T.plusSeconds(6 * HOUR + 1800)));
        events.add(enrolled(done.enrolment(), done.participant(), r, c, LeadershipLevel.EXECUTIVE_TEAM, T));
        events.add(completed(done.enrolment(), done.participant(), r, c, T.plusSeconds(9 * HOUR)));
        for (Person p : List.of(la, mr, nb, lp, de, late, ok, done)) {
            events.add(participantRegistered(p.participant(), r, LeadershipLevel.TOP_LEADERSHIP, T));
        }
        events.set(events.size() - 1, participantRegistered(done.participant(), r, LeadershipLevel.EXECUTIVE_TEAM, T));
        List<UUID> sessions = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            UUID s = UUID.randomUUID();
            sessions.add(s);
            events.add(scheduled(s, c, T.plusSeconds(i * HOUR)));
            events.add(sessionCompleted(s, c, T.plusSeconds(i * HOUR + 1800)));
        }
        attend(events, la, r, c, sessions, 1, 2, 8);
        attend(events, mr, r, c, sessions, 1, 2, 3, 4, 5);
        for (Person p : List.of(nb, lp, de, ok)) {
            attend(events, p, r, c, sessions, 1, 2, 3, 4, 5, 6, 7, 8);
        }
        assess(events, la, r, c, Theme.RISK_MANAGEMENT, AssessmentKind.BASELINE, 60, 0);
        assess(events, la, r, c, Theme.RISK_MANAGEMENT, AssessmentKind.FINAL, 70, 9);
        assess(events, mr, r, c, Theme.RISK_MANAGEMENT, AssessmentKind.BASELINE, 60, 0);
        assess(events, nb, r, c, Theme.RISK_MANAGEMENT, AssessmentKind.FINAL, 80, 9);
        assess(events, lp, r, c, Theme.RISK_MANAGEMENT, AssessmentKind.BASELINE, 30, 0);
        assess(events, lp, r, c, Theme.RISK_MANAGEMENT, AssessmentKind.FINAL, 40, 9);
        assess(events, lp, r, c, Theme.AI_IN_CHANGE_MANAGEMENT, AssessmentKind.FINAL, 45, 9);
        assess(events, de, r, c, Theme.RISK_MANAGEMENT, AssessmentKind.BASELINE, 80, 0);
        assess(events, de, r, c, Theme.RISK_MANAGEMENT, AssessmentKind.FINAL, 70, 9);
        assess(events, late, r, c, Theme.RISK_MANAGEMENT, AssessmentKind.BASELINE, 55, 7);
        assess(events, ok, r, c, Theme.RISK_MANAGEMENT, AssessmentKind.BASELINE, 50, 0);
        assess(events, ok, r, c, Theme.RISK_MANAGEMENT, AssessmentKind.FINAL, 90, 9);
        for (Person p : List.of(y1, y2)) {
            events.add(enrolled(p.enrolment(), p.participant(), y, c2, LeadershipLevel.SENIOR_MANAGEMENT, T));
            assess(events, p, y, c2, Theme.RISK_MANAGEMENT, AssessmentKind.FINAL, 64, 9);
        }
        Collections.shuffle(events, new Random(11));
        events.forEach(e -> sender.send(e.topic(), e.key(), e.event()));

        var admin = Tokens.client(port, Tokens.ADMIN);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    Map<String, Object> figures = get(admin, "/api/readiness/institutions/" + r);
                    assertThat(figures).containsEntry("enrolled", 8).containsEntry("atRisk", 5);
                    assertThat(((List<?>) get(admin, "/api/readiness/institutions/" + r + "/participants")
                                    .get("items")))
                            .hasSize(8);
                });

        List<Map<String, Object>> progress = items(get(admin, "/api/readiness/institutions/" + r + "/participants"));
        assertThat(progress)
                .extracting(p -> p.get("atRisk"))
                .containsExactly(true, true, true, true, true, false, false, false); // at risk first
        Map<String, List<String>> flags = new java.util.HashMap<>();
        progress.forEach(p -> flags.put((String) p.get("enrolmentId"), flagsOf(p)));
        assertThat(flags)
                .containsEntry(la.enrolment().toString(), List.of("LOW_ATTENDANCE"))
                .containsEntry(mr.enrolment().toString(), List.of("MISSED_RECENT"))
                .containsEntry(nb.enrolment().toString(), List.of("NO_BASELINE"))
                .containsEntry(lp.enrolment().toString(), List.of("LOW_PROFICIENCY"))
                .containsEntry(de.enrolment().toString(), List.of("DECLINING"))
                .containsEntry(late.enrolment().toString(), List.of())
                .containsEntry(ok.enrolment().toString(), List.of())
                .containsEntry(done.enrolment().toString(), List.of());
        Map<String, Object> lateRow = progress.stream()
                .filter(p -> p.get("enrolmentId").equals(late.enrolment().toString()))
                .findFirst()
                .orElseThrow();
        assertThat(lateRow)
                .containsEntry("attended", 0)
                .containsEntry("expected", 8)
                .containsEntry("attendanceRate", 0.0);
        Map<String, Object> lpRow = progress.stream()
                .filter(p -> p.get("enrolmentId").equals(lp.enrolment().toString()))
                .findFirst()
                .orElseThrow();
        assertThat(lpRow).containsEntry("proficiency", 42.5).containsEntry("displayNameAr", "قائد");
        assertThat(lpRow.get("themes").toString())
                .contains("RISK_MANAGEMENT={latest=40.0, baseline=30.0, growth=10.0}");
        assertThat(lpRow).doesNotContainKey("email");
        assertThat(items(get(admin, "/api/readiness/institutions/" + r + "/participants?atRisk=true")))
                .hasSize(5);

        Map<String, Object> levels =
                map(get(admin, "/api/readiness/institutions/" + r).get("levels"));
        assertThat(map(levels.get("TOP_LEADERSHIP")))
                .containsEntry("enrolled", 7)
                .containsEntry("atRisk", 5);
        assertThat(map(levels.get("EXECUTIVE_TEAM")))
                .containsEntry("enrolled", 1)
                .containsEntry("suppressed", false);

        assertThat(get(admin, "/api/readiness/cohorts/" + c))
                .containsEntry("enrolled", 8)
                .containsEntry("atRisk", 5)
                .containsEntry("institutions", 1)
                .containsEntry("nameEn", "Cohort " + c);
        var viewer = Tokens.client(port, Tokens.VIEWER);
        Map<String, Object> seenByViewer = get(viewer, "/api/readiness/institutions/" + r);
        assertThat(seenByViewer)
                .containsEntry("enrolled", 8)
                .containsEntry("atRisk", 5)
                .containsEntry("suppressed", false);
        Map<String, Object> viewerLevels = map(seenByViewer.get("levels"));
        assertThat(map(viewerLevels.get("EXECUTIVE_TEAM")))
                .containsEntry("suppressed", true)
                .containsEntry("attendanceRate", null);
        assertThat(map(viewerLevels.get("TOP_LEADERSHIP"))).containsEntry("suppressed", true); // rule 3

        Map<String, Object> small = get(viewer, "/api/readiness/institutions/" + y);
        assertThat(small)
                .containsEntry("enrolled", 2)
                .containsEntry("suppressed", true)
                .containsEntry("band", "SUPPRESSED")
                .containsEntry("readinessIndex", null)
                .containsEntry("proficiency", null)
                .containsEntry("themeScores", null)
                .containsEntry("levels", null);
        var coordinator = Tokens.client(port, Tokens.coordinator(y));
        Map<String, Object> own = get(coordinator, "/api/readiness/institutions/" + y);
        // Y: two SENIOR_MANAGEMENT leaders with FINAL 64, no sessions: A 0, P 64, C 0, L 1/4
        // → 100 × (0.35 × 0.64 + 0.15 × 0.25) = 26.15 → 26.2 (AT_RISK)
        assertThat(own)
                .containsEntry("suppressed", false)
                .containsEntry("proficiency", 64.0)
                .containsEntry("readinessIndex", 26.2)
                .containsEntry("band", "AT_RISK");
        assertThat(map(map(own.get("levels")).get("SENIOR_MANAGEMENT"))).containsEntry("suppressed", false);

        viewer.get()
                .uri("/api/readiness/institutions/" + r + "/participants")
                .exchange()
                .expectStatus()
                .isForbidden();
        coordinator
                .get()
                .uri("/api/readiness/institutions/" + r + "/participants")
                .exchange()
                .expectStatus()
                .isForbidden();
        Tokens.client(port, Tokens.coordinator(r))
                .get()
                .uri("/api/readiness/institutions/" + r + "/participants")
                .exchange()
                .expectStatus()
                .isOk();
        admin.get()
                .uri("/api/readiness/institutions/" + r + "?cohortCode=NOPE-" + tag)
                .exchange()
                .expectStatus()
                .isNotFound();
        assertThat(items(get(admin, "/api/readiness/institutions?cohortCode=" + c)))
                .extracting(i -> i.get("institutionCode"))
                .containsExactly(r);
    }

    private static void attend(List<Sent> events, Person p, String r, String c, List<UUID> sessions, int... which) {
        for (int i : which) {
            events.add(attended(
                    sessions.get(i - 1), p.participant(), p.enrolment(), r, c, T.plusSeconds(i * HOUR + 1800)));
        }
    }

    private static void assess(
            List<Sent> events, Person p, String r, String c, Theme theme, AssessmentKind kind, double score, int hour) {
        Instant at = T.plusSeconds(hour * HOUR + 60);
        events.add(assessed(UUID.randomUUID(), p.participant(), p.enrolment(), r, c, theme, kind, score, at, at));
    }

    @SuppressWarnings("unchecked")
    private static List<String> flagsOf(Map<String, Object> progress) {
        return (List<String>) progress.get("flags");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> list) {
        return (List<Map<String, Object>>) list.get("items");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> get(
            org.springframework.test.web.servlet.client.RestTestClient client, String path) {
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
