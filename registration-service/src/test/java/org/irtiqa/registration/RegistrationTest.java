package org.irtiqa.registration;

import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.testkit.Tokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Base of the integration tests: the whole service on a random port, against the real
 * PostgreSQL, Kafka and registry that LocalStack starts once per test JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalStackInitializer.class)
abstract class RegistrationTest {

    @LocalServerPort
    int port;

    RestTestClient http() {
        return as(Tokens.ADMIN);
    }

    /** A client signed in as a demo account of the test identity provider (e.g. "viewer"). */
    RestTestClient as(String account) {
        return Tokens.client(port, account);
    }

    /** A client that sends no token. */
    RestTestClient anonymous() {
        return Tokens.client(port, null);
    }

    RestTestClient.ResponseSpec post(String path, String json) {
        return http().post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json)
                .exchange();
    }

    RestTestClient.ResponseSpec put(String path, String json) {
        return http().put()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json)
                .exchange();
    }

    RestTestClient.ResponseSpec get(String path) {
        return http().get().uri(path).exchange();
    }

    /** A new institution's code. */
    String registeredInstitution() {
        String code = code("INST");
        post("/api/institutions", institution(code)).expectStatus().isCreated();
        return code;
    }

    /** A new cohort's code, from 2026-12-01 to 2027-03-31. */
    String createdCohort(int capacity) {
        String code = code("C");
        post("/api/cohorts", cohort(code, capacity)).expectStatus().isCreated();
        return code;
    }

    /** A new participant's id, with an e-mail address no other test uses. */
    String registeredParticipant(String institution, String level) {
        return idOf(post("/api/participants", participant(institution, "p" + System.nanoTime() + "@gov.om", level)));
    }

    /** A new enrolment's id. */
    String enrolled(String participantId, String cohort) {
        return idOf(post("/api/enrolments", enrolment(participantId, cohort)));
    }

    static String idOf(RestTestClient.ResponseSpec created) {
        return created.expectStatus()
                .isCreated()
                .returnResult(Created.class)
                .getResponseBody()
                .id();
    }

    static String enrolment(String participantId, String cohort) {
        return "{\"participantId\": \"%s\", \"cohortCode\": \"%s\"}".formatted(participantId, cohort);
    }

    record Created(String id) {}

    /** A code no other test uses, so tests share one database without depending on order. */
    static String code(String prefix) {
        return (prefix + "-" + Long.toString(System.nanoTime(), 36)).toUpperCase();
    }

    static String institution(String code) {
        return """
                {"code": "%s", "nameEn": "Ministry of Transport, Communications and IT",
                 "nameAr": "وزارة النقل والاتصالات وتقنية المعلومات", "governorate": "MUSCAT", "sector": "MINISTRY"}""".formatted(code);
    }

    static String cohort(String code, int capacity) {
        return """
                {"code": "%s", "nameEn": "First cohort", "nameAr": "الدفعة الأولى",
                 "startsOn": "2026-12-01", "endsOn": "2027-03-31", "capacity": %d}""".formatted(code, capacity);
    }

    static String participant(String institution, String email, String level) {
        return """
                {"institutionCode": "%s", "fullNameEn": "Aisha Al-Balushi", "fullNameAr": "عائشة البلوشية",
                 "email": "%s", "level": "%s", "jobTitle": "Director General"}""".formatted(institution, email, level);
    }
}
