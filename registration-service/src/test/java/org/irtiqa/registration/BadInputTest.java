package org.irtiqa.registration;

import org.irtiqa.testkit.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Bad input of every kind: the right 4xx, problem details, and nothing changed. */
class BadInputTest extends RegistrationTest {

    @Test
    void malformedJsonIsABadRequest() {
        post("/api/institutions", "{\"code\": ")
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith("application/problem+json");
    }

    @Test
    void aWrongTypeNamesTheField() {
        post("/api/cohorts", cohort(code("C"), 5).replace("\"capacity\": 5", "\"capacity\": \"many\""))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("capacity");
        post("/api/cohorts", cohort(code("C"), 5).replace("2026-12-01", "01/12/2026"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("startsOn");
    }

    @Test
    void overLongTextIsABadRequestAndCreatesNothing() {
        String code = code("LONG");
        post(
                        "/api/institutions",
                        institution(code).replace("Ministry of Transport, Communications and IT", "x".repeat(201)))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("nameEn");
        get("/api/institutions/" + code).expectStatus().isNotFound();
    }

    @Test
    void aBodyOverOneMebibyteIsTooLarge() {
        String padding = "x".repeat(1024 * 1024);
        post(
                        "/api/institutions",
                        institution(code("BIG")).replace("\"sector\"", "\"padding\": \"" + padding + "\", \"sector\""))
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentTypeCompatibleWith("application/problem+json");
    }

    @Test
    void anotherContentTypeIsUnsupported() {
        http().post()
                .uri("/api/institutions")
                .contentType(MediaType.TEXT_PLAIN)
                .body("hello")
                .exchange()
                .expectStatus()
                .isEqualTo(415);
    }

    @Test
    void anInvalidEmailOrMissingLevelNamesTheField() {
        String institution = code("INST");
        post("/api/institutions", institution(institution)).expectStatus().isCreated();
        post("/api/participants", participant(institution, "not-an-address", "TOP_LEADERSHIP"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("email");
        post(
                        "/api/participants",
                        participant(institution, "x" + System.nanoTime() + "@gov.om", "TOP_LEADERSHIP")
                                .replace("\"level\": \"TOP_LEADERSHIP\",", ""))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("level");
    }

    @Test
    void validationComesBeforeUnknownReferences() {
        post("/api/participants", participant("NO-SUCH", "bad", "TOP_LEADERSHIP"))
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void operationsEndpointsAnswer() {
        anonymous()
                .get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk();
        anonymous()
                .get()
                .uri("/actuator/health/liveness")
                .exchange()
                .expectStatus()
                .isOk();
        anonymous()
                .get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.paths['/api/enrolments']")
                .exists();
        anonymous().get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        as(Tokens.OPERATOR)
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk();
    }
}
