package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.irtiqa.demo.Programme;
import org.junit.jupiter.api.Test;

/**
 * The skeleton from end to end, over the public APIs only: HTTP into registration-service, its
 * outbox, Kafka, analytics-service, and the figure back out of analytics over HTTP.
 */
class WalkingSkeletonTest {

    private static final ZoneId MUSCAT = ZoneId.of("Asia/Muscat");

    private final Platform platform = Platform.shared();
    private final Api registration = platform.api("registration-service");
    private final Api analytics = platform.api("analytics-service");
    private final Api scheduling = platform.api("scheduling-service");

    @Test
    void enrolmentsMadeOverHttpBecomeReadinessFiguresAndARoster() {
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        String institution = "MOH-" + tag;
        String cohort = "C1-" + tag;
        assertThat(registration
                        .post(
                                "/api/institutions",
                                Map.of(
                                        "code",
                                        institution,
                                        "nameEn",
                                        "Ministry of Health",
                                        "nameAr",
                                        "وزارة الصحة",
                                        "governorate",
                                        "MUSCAT",
                                        "sector",
                                        "MINISTRY"))
                        .status())
                .isEqualTo(201);
        assertThat(registration
                        .post(
                                "/api/cohorts",
                                Map.of(
                                        "code",
                                        cohort,
                                        "nameEn",
                                        "First cohort",
                                        "nameAr",
                                        "الدفعة الأولى",
                                        "startsOn",
                                        LocalDate.now(MUSCAT).minusDays(30).toString(),
                                        "endsOn",
                                        LocalDate.now(MUSCAT).plusDays(90).toString(),
                                        "capacity",
                                        60))
                        .status())
                .isEqualTo(201);
        String minister = enrol(institution, cohort, "TOP_LEADERSHIP", tag + "1");
        enrol(institution, cohort, "EXECUTIVE_TEAM", tag + "2");
        String leaving = enrol(institution, cohort, "MIDDLE_MANAGEMENT", tag + "3");
        assertThat(registration
                        .post("/api/enrolments/" + leaving + "/withdrawal", Map.of("reason", "Reassigned"))
                        .status())
                .isEqualTo(200);
        recordInLedger(tag, institution, cohort);

        // Independent computation (readiness-metrics.md): 2 active of 3; levels TOP and EXECUTIVE of the four.
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    Api.Response figures = analytics.get("/api/readiness/institutions/" + institution);
                    assertThat(figures.status()).isEqualTo(200);
                    assertThat(figures.body().get("enrolled").asInt()).isEqualTo(2);
                    assertThat(figures.body().get("withdrawn").asInt()).isEqualTo(1);
                    assertThat(figures.body().get("levelCoverage").asDouble()).isEqualTo(0.5);
                    assertThat(figures.body().get("nameAr").asText()).isEqualTo("وزارة الصحة");
                });
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    Api.Response roster = scheduling.get("/api/cohorts/" + cohort + "/roster");
                    assertThat(roster.status()).isEqualTo(200);
                    assertThat(roster.body().get("items")).hasSize(2);
                    assertThat(roster.body().get("items").toString()).contains(minister);
                });
    }

    /** What this test wrote, so that other tests' governorate and programme figures account for it. */
    private static void recordInLedger(String tag, String institution, String cohort) {
        Programme written = new Programme("skeleton-" + tag);
        written.add(new Programme.Institution(institution, "Ministry of Health", "وزارة الصحة", "MUSCAT", "MINISTRY"));
        written.put(new Programme.Enrolment(
                tag + "1", tag + "1", institution, cohort, "TOP_LEADERSHIP", Programme.Status.ENROLLED));
        written.put(new Programme.Enrolment(
                tag + "2", tag + "2", institution, cohort, "EXECUTIVE_TEAM", Programme.Status.ENROLLED));
        written.put(new Programme.Enrolment(
                tag + "3", tag + "3", institution, cohort, "MIDDLE_MANAGEMENT", Programme.Status.WITHDRAWN));
        Ledger.record(written);
    }

    /** Registers a participant and enrols them; returns the enrolment id. */
    private String enrol(String institution, String cohort, String level, String tag) {
        Api.Response participant = registration.post(
                "/api/participants",
                Map.of(
                        "institutionCode",
                        institution,
                        "fullNameEn",
                        "Leader " + tag,
                        "fullNameAr",
                        "قائد " + tag,
                        "email",
                        "leader." + tag + "@gov.om",
                        "level",
                        level,
                        "jobTitle",
                        "Director"));
        assertThat(participant.status()).isEqualTo(201);
        Api.Response enrolment = registration.post(
                "/api/enrolments", Map.of("participantId", participant.text("id"), "cohortCode", cohort));
        assertThat(enrolment.status()).isEqualTo(201);
        return enrolment.text("id");
    }
}
