package org.irtiqa.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.irtiqa.events.AssessmentKind;
import org.irtiqa.events.scheduling.AssessmentResultRecorded;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;

class AssessmentTest extends SchedulingTest {

    @Test
    void recordsAResultForTheActiveEnrolmentAndPublishesItKeyedByInstitution() {
        String cohort = registration.cohort();
        var member = registration.enrolled(cohort);
        String session = scheduled(cohort, "2026-11-02T09:00:00+04:00", "2026-11-02T11:00:00+04:00");
        post("/api/sessions/" + session + "/completion", "{\"attendees\": []}")
                .expectStatus()
                .isOk();

        var created = post(
                        "/api/assessments",
                        assessment(
                                member.participantId(), "MODULE", "87.5", "2026-11-20T10:00:00.987654+04:00", session))
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.enrolmentId")
                .isEqualTo(member.enrolmentId().toString())
                .jsonPath("$.institutionCode")
                .isEqualTo(member.institutionCode())
                .jsonPath("$.cohortCode")
                .isEqualTo(cohort)
                .jsonPath("$.score")
                .isEqualTo(87.5)
                .jsonPath("$.assessedAt")
                .isEqualTo("2026-11-20T06:00:00.987Z")
                .jsonPath("$.sessionId")
                .isEqualTo(session)
                .returnResult();
        String id = com.jayway.jsonpath.JsonPath.read(
                new String(created.getResponseBodyContent(), java.nio.charset.StandardCharsets.UTF_8), "$.id");
        assertThat(created.getResponseHeaders().getLocation()).hasToString("/api/assessments/" + id);

        get("/api/assessments/" + id)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.kind")
                .isEqualTo("MODULE");
        var event =
                (AssessmentResultRecorded) TopicReader.await("scheduling.assessments.v1", e -> member.institutionCode()
                                .equals(e.key()))
                        .getFirst()
                        .value();
        assertThat(event.getAssessmentId().toString()).isEqualTo(id);
        assertThat(event.getKind()).isEqualTo(AssessmentKind.MODULE);
        assertThat(event.getEnrolmentId()).isEqualTo(member.enrolmentId());
        assertThat(event.getScore()).isEqualTo(87.5);
        assertThat(event.getSessionId().toString()).isEqualTo(session);
    }

    @Test
    void listsAParticipantsResultsByAssessmentTime() {
        var member = registration.enrolled(registration.cohort());
        post("/api/assessments", assessment(member.participantId(), "FINAL", "90", "2026-11-25T10:00:00Z", null))
                .expectStatus()
                .isCreated();
        post("/api/assessments", assessment(member.participantId(), "BASELINE", "40", "2026-09-01T10:00:00Z", null))
                .expectStatus()
                .isCreated();

        get("/api/participants/" + member.participantId() + "/assessments")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(2)
                .jsonPath("$.items[0].kind")
                .isEqualTo("BASELINE")
                .jsonPath("$.items[1].kind")
                .isEqualTo("FINAL")
                .jsonPath("$.items[1].sessionId")
                .doesNotExist();
        get("/api/participants/" + UUID.randomUUID() + "/assessments")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(0);
        get("/api/assessments/" + UUID.randomUUID()).expectStatus().isNotFound();
        get("/api/assessments/42").expectStatus().isNotFound();
    }

    @Test
    void refusesScoresOutOfRangeFutureTimesAndUnknownKinds() {
        var member = registration.enrolled(registration.cohort());
        UUID p = member.participantId();
        String future = Instant.now().plus(1, ChronoUnit.HOURS).toString();

        invalid(assessment(p, "FINAL", "100.5", "2026-11-20T10:00:00Z", null), "score");
        invalid(assessment(p, "FINAL", "-1", "2026-11-20T10:00:00Z", null), "score");
        invalid(assessment(p, "FINAL", "\"90\"", "2026-11-20T10:00:00Z", null), "score");
        invalid(assessment(p, "UNKNOWN", "90", "2026-11-20T10:00:00Z", null), "kind");
        invalid(assessment(p, "FINAL", "90", future, null), "assessedAt");
        invalid(assessment(p, "FINAL", "90", "2026-11-20T10:00:00", null), "assessedAt");
        invalid(assessment(p, "FINAL", "90", "-200000-01-01T00:00:00Z", null), "assessedAt");
        invalid(
                assessment(p, "FINAL", "90", "2026-11-20T10:00:00Z", null)
                        .replace("\"DIGITAL_TRANSFORMATION\"", "null"),
                "theme");
        post("/api/assessments", assessment(p, "FINAL", "100", "2026-11-20T10:00:00Z", null))
                .expectStatus()
                .isCreated();
        post("/api/assessments", assessment(p, "BASELINE", "0", "2026-11-20T10:00:00Z", null))
                .expectStatus()
                .isCreated();
    }

    @Test
    void listsEveryInvalidFieldOfTheBodyAtOnceTheFutureIncluded() {
        String future = Instant.now().plus(1, ChronoUnit.HOURS).toString();
        post("/api/assessments", """
                        {"participantId": null, "theme": null, "kind": "FINAL", "score": 101, "assessedAt": "%s"}""".formatted(future))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()")
                .isEqualTo(4)
                .jsonPath("$.errors[*].field")
                .value(fields ->
                        assertThat(fields.toString()).contains("participantId", "theme", "score", "assessedAt"));
    }

    @Test
    void answersUnprocessableWithoutAnActiveEnrolmentOrForASessionItCannotBelongTo() {
        String cohort = registration.cohort();
        var member = registration.enrolled(cohort);
        var withdrawn = registration.enrolled(cohort);
        registration.withdraw(withdrawn);
        String cancelled = scheduled(cohort, "2026-12-03T09:00:00+04:00", "2026-12-03T11:00:00+04:00");
        post("/api/sessions/" + cancelled + "/cancellation", "{}")
                .expectStatus()
                .isOk();
        String ofAnotherCohort =
                scheduled(registration.cohort(), "2026-12-03T09:00:00+04:00", "2026-12-03T11:00:00+04:00");
        String at = "2026-11-20T10:00:00Z";

        unprocessable(assessment(UUID.randomUUID(), "FINAL", "90", at, null), "participantId");
        unprocessable(assessment(withdrawn.participantId(), "FINAL", "90", at, null), "participantId");
        unprocessable(
                assessment(
                        member.participantId(),
                        "FINAL",
                        "90",
                        at,
                        UUID.randomUUID().toString()),
                "sessionId");
        unprocessable(assessment(member.participantId(), "FINAL", "90", at, cancelled), "sessionId");
        unprocessable(assessment(member.participantId(), "FINAL", "90", at, ofAnotherCohort), "sessionId");
        // a participant whose enrolment is COMPLETED is still actively enrolled
        registration.complete(member);
        post("/api/assessments", assessment(member.participantId(), "FINAL", "90", at, null))
                .expectStatus()
                .isCreated();
    }

    private void invalid(String body, String field) {
        post("/api/assessments", body)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo(field);
    }

    private void unprocessable(String body, String field) {
        post("/api/assessments", body)
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo(field);
    }

    private static String assessment(UUID participant, String kind, String score, String assessedAt, String session) {
        return """
                {"participantId": "%s", "theme": "DIGITAL_TRANSFORMATION", "kind": "%s", "score": %s,
                 "assessedAt": "%s", "sessionId": %s}""".formatted(participant, kind, score, assessedAt, session == null ? "null" : "\"" + session + "\"");
    }
}
