package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.irtiqa.demo.Programme;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Institution scope and personal data across the three running services: a coordinator reads their
 * own institution's people only (403 for another's code, 404 for another's ids, their own for an
 * unfiltered list); a viewer's answers hold no name or e-mail of any leader; a refused write leaves
 * no row, no outbox record and no event.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstitutionScopeTest {

    private static final ZoneId MUSCAT = ZoneId.of("Asia/Muscat");

    private final Platform platform = Platform.shared();
    private final String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
    private final String own = "OWN-" + tag;
    private final String other = "OTHER-" + tag;
    private final String cohort = "SC-" + tag;
    private String ownParticipant;
    private String otherParticipant;
    private String otherEnrolment;
    private String otherAssessment;

    @BeforeAll
    void registerTwoInstitutionsWithOneLeaderEach() {
        Api registration = platform.api("registration-service");
        for (String code : List.of(own, other)) {
            assertThat(registration.post("/api/institutions", institution(code)).status())
                    .isEqualTo(201);
        }
        assertThat(registration
                        .post(
                                "/api/cohorts",
                                Map.of(
                                        "code",
                                        cohort,
                                        "nameEn",
                                        "Scope cohort",
                                        "nameAr",
                                        "دفعة النطاق",
                                        "startsOn",
                                        LocalDate.now(MUSCAT).minusDays(30).toString(),
                                        "endsOn",
                                        LocalDate.now(MUSCAT).plusDays(90).toString(),
                                        "capacity",
                                        10))
                        .status())
                .isEqualTo(201);
        ownParticipant = registration.post("/api/participants", leader(own)).text("id");
        otherParticipant = registration.post("/api/participants", leader(other)).text("id");
        registration.post("/api/enrolments", Map.of("participantId", ownParticipant, "cohortCode", cohort));
        otherEnrolment = registration
                .post("/api/enrolments", Map.of("participantId", otherParticipant, "cohortCode", cohort))
                .text("id");
        Api scheduling = platform.api("scheduling-service");
        Instant assessedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        otherAssessment = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> scheduling.post(
                                "/api/assessments",
                                Map.of(
                                        "participantId",
                                        otherParticipant,
                                        "theme",
                                        "RISK_MANAGEMENT",
                                        "kind",
                                        "BASELINE",
                                        "score",
                                        40,
                                        "assessedAt",
                                        assessedAt.toString())),
                        response -> response.status() == 201)
                .text("id");
        recordInLedger(assessedAt);
    }

    /** What this class wrote, so that the other tests' programme and governorate figures account for it. */
    private void recordInLedger(Instant assessedAt) {
        Programme written = new Programme("scope-" + tag);
        for (String code : List.of(own, other)) {
            written.add(new Programme.Institution(code, "Scope institution", "جهة النطاق", "MUSCAT", "MINISTRY"));
            written.put(new Programme.Enrolment(code, code, code, cohort, "EXECUTIVE_TEAM", Programme.Status.ENROLLED));
        }
        written.add(new Programme.Assessment(
                "assessment-" + tag, other, other, "RISK_MANAGEMENT", "BASELINE", 40, assessedAt, null));
        Ledger.record(written);
    }

    @Test
    void aCoordinatorReadsTheirOwnInstitutionsPeopleOnly() {
        Api registration = platform.api("registration-service", "coordinator-" + own);
        Api scheduling = platform.api("scheduling-service", "coordinator-" + own);

        Api.Response list = registration.get("/api/participants?size=500");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("items").valueStream().map(p -> p.get("institutionCode")
                        .asText()))
                .containsOnly(own);
        assertThat(registration
                        .get("/api/participants?institutionCode=" + other)
                        .status())
                .isEqualTo(403);
        assertThat(registration.get("/api/enrolments?institutionCode=" + other).status())
                .isEqualTo(403);
        assertThat(registration.get("/api/participants/" + otherParticipant).status())
                .isEqualTo(404);
        assertThat(registration.get("/api/participants/" + ownParticipant).status())
                .isEqualTo(200);
        assertThat(registration.get("/api/enrolments/" + otherEnrolment).status())
                .isEqualTo(404);
        assertThat(registration
                        .get("/api/enrolments?cohortCode=" + cohort)
                        .body()
                        .get("total")
                        .asInt())
                .isEqualTo(1);

        assertThat(scheduling.get("/api/assessments/" + otherAssessment).status())
                .isEqualTo(404);
        assertThat(scheduling
                        .get("/api/participants/" + otherParticipant + "/assessments")
                        .body()
                        .get("items")
                        .size())
                .isZero();
        assertThat(scheduling
                        .get("/api/cohorts/" + cohort + "/roster?institutionCode=" + other)
                        .status())
                .isEqualTo(403);
        Api.Response roster = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> scheduling.get("/api/cohorts/" + cohort + "/roster"),
                        r -> r.status() == 200 && r.body().get("items").size() > 0);
        assertThat(roster.body().get("items").valueStream().map(r -> r.get("institutionCode")
                        .asText()))
                .containsOnly(own);
        assertThat(platform.api("scheduling-service")
                        .get("/api/cohorts/" + cohort + "/roster")
                        .body()
                        .get("items")
                        .size())
                .as("the programme office sees both")
                .isEqualTo(2);
    }

    @Test
    void aViewersAnswersHoldNoNameOrEmailOfAnyLeader() {
        Map<String, List<String>> readable = Map.of(
                "registration-service",
                        List.of("/api/institutions?size=500", "/api/cohorts?size=500", "/api/cohorts/" + cohort),
                "scheduling-service", List.of("/api/cohorts/" + cohort + "/sessions"),
                "analytics-service",
                        List.of(
                                "/api/readiness/programme",
                                "/api/readiness/institutions",
                                "/api/readiness/institutions/" + own,
                                "/api/readiness/governorates",
                                "/api/readiness/governorates/MUSCAT"));
        for (var service : readable.entrySet()) {
            for (String path : service.getValue()) {
                byte[] body = platform.raw(service.getKey(), "viewer", path);
                String text = new String(body, StandardCharsets.UTF_8);
                assertThat(text).as(path).doesNotContain("@", "Scope Leader", "قائد النطاق");
            }
        }
        for (String path : List.of("/api/participants", "/api/enrolments", "/api/participants/" + ownParticipant)) {
            assertThat(platform.api("registration-service", "viewer").get(path).status())
                    .as(path)
                    .isEqualTo(403);
        }
    }

    @Test
    void aRefusedWriteLeavesNoRowNoOutboxRecordAndNoEvent() throws Exception {
        String refused = "REFUSED-" + tag;
        for (String account : List.of("viewer", "coordinator-" + own, "operator")) {
            assertThat(platform.api("registration-service", account)
                            .post("/api/institutions", institution(refused))
                            .status())
                    .as(account)
                    .isEqualTo(403);
        }
        assertThat(platform.api("registration-service")
                        .get("/api/institutions/" + refused)
                        .status())
                .isEqualTo(404);
        assertThat(outboxRows("registration_service", refused)).isZero();
        // our own institution's event is on the topic, after it; the refused one never is
        TopicReader.await("registration.institutions.v1", false, e -> own.equals(e.key()), 1);
        assertThat(TopicReader.all("registration.institutions.v1", false)).noneMatch(e -> refused.equals(e.key()));
    }

    /** Rows of the service's outbox (pending or not yet cleaned up) for this key. */
    private static long outboxRows(String database, String key) throws java.sql.SQLException {
        try (var connection = LocalStack.shared().postgres().connect(database);
                var statement = connection.prepareStatement("select count(*) from outbox where record_key = ?")) {
            statement.setString(1, key);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Map<String, Object> institution(String code) {
        return Map.of(
                "code",
                code,
                "nameEn",
                "Scope institution",
                "nameAr",
                "جهة النطاق",
                "governorate",
                "MUSCAT",
                "sector",
                "MINISTRY");
    }

    private Map<String, Object> leader(String institution) {
        return Map.of(
                "institutionCode",
                institution,
                "fullNameEn",
                "Scope Leader " + institution,
                "fullNameAr",
                "قائد النطاق " + institution,
                "email",
                institution.toLowerCase() + "@scope.example.om",
                "level",
                "EXECUTIVE_TEAM",
                "jobTitle",
                "Director");
    }
}
