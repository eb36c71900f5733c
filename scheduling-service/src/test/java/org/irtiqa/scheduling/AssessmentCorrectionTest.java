package org.irtiqa.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.irtiqa.events.scheduling.AssessmentCorrected;
import org.irtiqa.events.scheduling.AssessmentResultRecorded;
import org.irtiqa.events.scheduling.AssessmentRetracted;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;

/** Corrections and retractions of assessments: the programme office mends what was typed wrongly. */
class AssessmentCorrectionTest extends SchedulingTest {

    @Test
    void correctsAScoreKeepingTheOriginalAndPublishesTheCorrectionWithTheNextRevision() {
        var member = registration.enrolled(registration.cohort());
        String id = recorded(member.participantId(), "BASELINE", "4");

        post("/api/assessments/" + id + "/correction", "{\"score\": 40, \"reason\": \"Typed 4 for 40\"}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.score")
                .isEqualTo(40.0)
                .jsonPath("$.originalScore")
                .isEqualTo(4.0)
                .jsonPath("$.corrected")
                .isEqualTo(true)
                .jsonPath("$.retracted")
                .isEqualTo(false);
        get("/api/assessments/" + id).expectBody().jsonPath("$.score").isEqualTo(40.0);
        get("/api/participants/" + member.participantId() + "/assessments")
                .expectBody()
                .jsonPath("$.items[0].score")
                .isEqualTo(40.0);
        // the same score again changes nothing: no event, no revision
        post("/api/assessments/" + id + "/correction", "{\"score\": 40.0}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.score")
                .isEqualTo(40.0);
        post("/api/assessments/" + id + "/correction", "{\"score\": 42.5}")
                .expectStatus()
                .isOk();

        var events = ofAssessment(member.institutionCode(), id, 3);
        assertThat(events).hasSize(3);
        assertThat(events.get(0)).isInstanceOf(AssessmentResultRecorded.class);
        assertThat(events.get(1)).isInstanceOfSatisfying(AssessmentCorrected.class, c -> {
            assertThat(c.getScore()).isEqualTo(40.0);
            assertThat(c.getReason()).isEqualTo("Typed 4 for 40");
            assertThat(c.getRevision()).isEqualTo(1);
            assertThat(c.getEnrolmentId()).isEqualTo(member.enrolmentId());
            assertThat(c.getCohortCode()).isEqualTo(member.cohortCode());
        });
        assertThat(events.get(2)).isInstanceOfSatisfying(AssessmentCorrected.class, c -> {
            assertThat(c.getScore()).isEqualTo(42.5);
            assertThat(c.getRevision()).isEqualTo(2);
        });
    }

    @Test
    void retractsAnAssessmentFromListsButStillShowsItMarked() {
        var member = registration.enrolled(registration.cohort());
        String kept = recorded(member.participantId(), "MODULE", "70");
        String id = recorded(member.participantId(), "FINAL", "85");
        post("/api/assessments/" + id + "/correction", "{\"score\": 88}")
                .expectStatus()
                .isOk();

        post("/api/assessments/" + id + "/retraction", "{\"reason\": \"Another leader's sheet\"}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.retracted")
                .isEqualTo(true)
                .jsonPath("$.score")
                .isEqualTo(88.0);
        get("/api/assessments/" + id)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.retracted")
                .isEqualTo(true);
        get("/api/participants/" + member.participantId() + "/assessments")
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(1)
                .jsonPath("$.items[0].id")
                .isEqualTo(kept);

        // final: neither a second retraction nor a correction
        post("/api/assessments/" + id + "/retraction", "")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://irtiqa.org/problems/assessment-retracted");
        post("/api/assessments/" + id + "/correction", "{\"score\": 90}")
                .expectStatus()
                .isEqualTo(409);
        get("/api/assessments/" + id).expectBody().jsonPath("$.score").isEqualTo(88.0);

        var events = ofAssessment(member.institutionCode(), id, 3);
        assertThat(events).hasSize(3);
        assertThat(events.get(2)).isInstanceOfSatisfying(AssessmentRetracted.class, r -> {
            assertThat(r.getRevision()).isEqualTo(2);
            assertThat(r.getReason()).isEqualTo("Another leader's sheet");
            assertThat(r.getParticipantId()).isEqualTo(member.participantId());
        });
    }

    @Test
    void refusesAnInvalidCorrectionWithEveryFieldAndAnUnknownAssessment() {
        var member = registration.enrolled(registration.cohort());
        String id = recorded(member.participantId(), "MODULE", "55");

        post("/api/assessments/" + id + "/correction", "{\"reason\": \"" + "r".repeat(501) + "\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()")
                .isEqualTo(2);
        post("/api/assessments/" + id + "/correction", "{\"score\": 100.5}")
                .expectStatus()
                .isBadRequest();
        post("/api/assessments/" + UUID.randomUUID() + "/correction", "{\"score\": 50}")
                .expectStatus()
                .isNotFound();
        post("/api/assessments/" + UUID.randomUUID() + "/retraction", "{}")
                .expectStatus()
                .isNotFound();
        post("/api/assessments/42/retraction", "{}").expectStatus().isNotFound();
        post("/api/assessments/" + id + "/retraction", "{\"reason\": \"" + "r".repeat(501) + "\"}")
                .expectStatus()
                .isBadRequest();

        get("/api/assessments/" + id)
                .expectBody()
                .jsonPath("$.score")
                .isEqualTo(55.0)
                .jsonPath("$.corrected")
                .isEqualTo(false)
                .jsonPath("$.retracted")
                .isEqualTo(false);
        assertThat(jdbc.sql("select revision from assessment where id = ?::uuid")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private String recorded(UUID participant, String kind, String score) {
        var body = post("/api/assessments", """
                        {"participantId": "%s", "theme": "RISK_MANAGEMENT", "kind": "%s", "score": %s,
                         "assessedAt": "2026-11-20T10:00:00Z"}""".formatted(participant, kind, score))
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBodyContent();
        return JsonPath.read(new String(body, StandardCharsets.UTF_8), "$.id");
    }

    /** The events of one assessment, in order, once at least {@code count} have arrived. */
    private static List<Object> ofAssessment(String institution, String id, int count) {
        return TopicReader.await(
                        "scheduling.assessments.v1",
                        true,
                        e -> institution.equals(e.key()) && ofAssessment(e.value(), id),
                        count)
                .stream()
                .map(e -> (Object) e.value())
                .toList();
    }

    private static boolean ofAssessment(Object event, String id) {
        return switch (event) {
            case AssessmentResultRecorded r -> r.getAssessmentId().toString().equals(id);
            case AssessmentCorrected c -> c.getAssessmentId().toString().equals(id);
            case AssessmentRetracted r -> r.getAssessmentId().toString().equals(id);
            case null, default -> false;
        };
    }
}
