package org.irtiqa.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import org.irtiqa.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** What operators and client developers rely on besides the API itself (api.md "Operations"). */
class OperationsTest extends SchedulingTest {

    @Test
    void reportsHealthWithLivenessAndReadinessGroups() {
        as(Tokens.OPERATOR)
                .get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
        get("/actuator/health/liveness").expectStatus().isOk();
        get("/actuator/health/readiness").expectStatus().isOk();
    }

    @Test
    void publishesAnOpenApiDocumentOfEveryEndpoint() {
        String document = get("/v3/api-docs")
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(document)
                .contains(
                        "/api/sessions",
                        "/api/sessions/{id}/completion",
                        "/api/sessions/{id}/attendance",
                        "/api/cohorts/{code}/sessions",
                        "/api/cohorts/{code}/roster",
                        "/api/assessments",
                        "/api/participants/{id}/assessments",
                        "/api/sessions/{id}/attendance/{participantId}/revocation",
                        "/api/assessments/{id}/correction",
                        "/api/assessments/{id}/retraction",
                        "INTERACTIVE_SIMULATION");
        // the reschedule is the PUT of a session's own path
        assertThat(com.jayway.jsonpath.JsonPath.<Object>read(document, "$.paths['/api/sessions/{id}'].put"))
                .isNotNull();
    }

    @Test
    void refusesWhatIsNotJsonAndUnknownMethods() {
        http().post()
                .uri("/api/sessions")
                .contentType(org.springframework.http.MediaType.TEXT_PLAIN)
                .body("hello")
                .exchange()
                .expectStatus()
                .isEqualTo(415);
        http().delete()
                .uri("/api/sessions/0190a4c2-0000-7000-8000-000000000000")
                .exchange()
                .expectStatus()
                .isEqualTo(405);
    }
}
