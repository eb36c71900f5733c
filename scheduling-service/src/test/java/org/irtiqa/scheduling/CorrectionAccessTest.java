package org.irtiqa.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.irtiqa.testkit.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * The corrections are the programme office's alone (api.md, "Who may call what"): anyone else is
 * refused before the body or the resource is looked at, and nothing changes.
 */
class CorrectionAccessTest extends SchedulingTest {

    @Test
    void refusesEveryCorrectionToAnyoneButTheProgrammeOffice() {
        String cohort = registration.cohort();
        var member = registration.enrolled(cohort);
        String session = scheduled(cohort, "2026-11-20T09:00:00+04:00", "2026-11-20T11:00:00+04:00");
        post("/api/sessions/" + session + "/completion", SessionCompletionTest.attendees(member.participantId()))
                .expectStatus()
                .isOk();
        String assessment = com.jayway.jsonpath.JsonPath.read(
                post("/api/assessments", """
                                {"participantId": "%s", "theme": "RISK_MANAGEMENT", "kind": "MODULE", "score": 50,
                                 "assessedAt": "2026-11-21T10:00:00Z"}""".formatted(member.participantId()))
                        .expectStatus()
                        .isCreated()
                        .expectBody(String.class)
                        .returnResult()
                        .getResponseBody(),
                "$.id");
        var writes = List.of(
                new Write(HttpMethod.PUT, "/api/sessions/" + session),
                new Write(
                        HttpMethod.POST,
                        "/api/sessions/" + session + "/attendance/" + member.participantId() + "/revocation"),
                new Write(HttpMethod.POST, "/api/assessments/" + assessment + "/correction"),
                new Write(HttpMethod.POST, "/api/assessments/" + assessment + "/retraction"),
                new Write(HttpMethod.POST, "/api/assessments/" + UUID.randomUUID() + "/retraction"));

        for (String account : List.of(Tokens.VIEWER, Tokens.OPERATOR, Tokens.coordinator(member.institutionCode()))) {
            for (Write write : writes) {
                as(account)
                        .method(write.method())
                        .uri(write.path())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"score\": 1000}")
                        .exchange()
                        .expectStatus()
                        .isForbidden();
            }
        }
        for (Write write : writes) {
            anonymous()
                    .method(write.method())
                    .uri(write.path())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{}")
                    .exchange()
                    .expectStatus()
                    .isUnauthorized();
        }

        assertThat(jdbc.sql("select revision from session where id = ?::uuid")
                        .param(session)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select revision from attendance where session_id = ?::uuid")
                        .param(session)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select revision from assessment where id = ?::uuid")
                        .param(assessment)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private record Write(HttpMethod method, String path) {}
}
