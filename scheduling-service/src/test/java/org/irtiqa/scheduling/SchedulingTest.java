package org.irtiqa.scheduling;

import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.testkit.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Base of the integration tests: the whole service on a random port, against the real
 * PostgreSQL, Kafka and registry that LocalStack starts once per test JVM. Every test makes its
 * own cohorts and participants, so tests share one database without depending on order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalStackInitializer.class)
abstract class SchedulingTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Registration's side of the story: real events sent through the real broker and registry. */
    final Registration registration = new Registration(this);

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

    /** A code no other test uses. */
    static String code(String prefix) {
        return (prefix + "-" + Long.toString(System.nanoTime(), 36)).toUpperCase();
    }

    /** A session body; the cohorts of {@link Registration#cohort()} run from 2026-12-01 to 2027-03-31. */
    static String session(String cohort, String startsAt, String endsAt) {
        return """
                {"cohortCode": "%s", "titleEn": "Digital government strategy", "titleAr": "استراتيجية الحكومة الرقمية",
                 "format": "STRATEGIC_PANEL", "theme": "DIGITAL_TRANSFORMATION", "startsAt": "%s", "endsAt": "%s",
                 "venue": "Muscat", "speakers": ["Dr. Salim Al-Ruqaishi", "Eng. Maryam Al-Zadjali"]}""".formatted(cohort, startsAt, endsAt);
    }

    /** Schedules a session and returns its id. */
    String scheduled(String cohort, String startsAt, String endsAt) {
        return post("/api/sessions", session(cohort, startsAt, endsAt))
                .expectStatus()
                .isCreated()
                .returnResult(IdJson.class)
                .getResponseBody()
                .id();
    }

    record IdJson(String id) {}
}
