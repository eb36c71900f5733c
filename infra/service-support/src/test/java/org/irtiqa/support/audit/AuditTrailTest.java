package org.irtiqa.support.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.schemas.serde.AvroDeserializer;
import org.irtiqa.support.testapp.TestApp;
import org.irtiqa.support.testapp.TestTokens;
import org.irtiqa.support.testapp.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Every authenticated write is in the trail with its final status: a 2xx in the same transaction
 * as its effect, its event and its Idempotency-Key (one PostgreSQL transaction id for all rows),
 * anything else on its own with the effect rolled back; its events carry the entry id as
 * {@code meta.actor}.
 */
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"irtiqa.test.database=audit_trail_test", "test.topic=" + AuditTrailTest.TOPIC})
@ContextConfiguration(initializers = LocalStackInitializer.class)
@DirtiesContext
class AuditTrailTest {

    static final String TOPIC = "test.audit-trail.v1";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AvroDeserializer deserializer;

    @Test
    void aCreationCommitsItsEffectItsIdempotencyKeyAndItsAuditRowInOneTransaction() throws Exception {
        String code = code("OK");
        String correlation = "audit-" + code;

        var response = HTTP.send(
                post("/api/audited/" + code, "admin", correlation)
                        .header("Idempotency-Key", "key-" + code)
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        Map<String, Object> entry = rows().entry(correlation);
        assertThat(entry)
                .containsEntry("subject", AuditTokens.subOf("admin"))
                .containsEntry("roles", "PROGRAMME_ADMIN")
                .containsEntry("method", "POST")
                .containsEntry("path", "/api/audited/{code}")
                .containsEntry("resource_id", code)
                .containsEntry("status", 201)
                .containsEntry("count", 1);
        long auditTransaction = rows().xmin("audit_entry", "id = ?", entry.get("id"));
        assertThat(rows().xmin("institution", "code = ?", code)).isEqualTo(auditTransaction);
        assertThat(rows().xmin("idempotency_key", "idempotency_key = ?", "key-" + code))
                .isEqualTo(auditTransaction);
    }

    @Test
    void aFailedWriteLeavesItsAuditRowButNoEffectAndNoEvent() throws Exception {
        Map<Integer, String> codes = new LinkedHashMap<>();
        for (int status : List.of(400, 409, 422, 500)) {
            String code = code("FAIL" + status);
            codes.put(status, code);
            var response = HTTP.send(
                    post("/api/audited/" + code + "?fail=" + status, "admin", "audit-" + code)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(status);
        }
        String later = code("LATER");
        assertThat(HTTP.send(
                                post("/api/audited/" + later, "admin", "audit-" + later)
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(201);

        codes.forEach((status, code) -> {
            assertThat(rows().entry("audit-" + code))
                    .containsEntry("status", status)
                    .containsEntry("path", "/api/audited/{code}")
                    .containsEntry("resource_id", code);
            assertThat(rows().count("institution", "code = ?", code))
                    .as("no effect of a %d", status)
                    .isZero();
        });
        try (TopicReader topic = new TopicReader(TOPIC)) {
            // one outbox shard for all: once the later event is on the topic, no earlier one can still come
            await().atMost(Duration.ofSeconds(60)).until(() -> codesOn(topic).contains(later));
            assertThat(codesOn(topic)).doesNotContainAnyElementsOf(codes.values());
        }
    }

    @Test
    void anEventOfAWriteCarriesItsAuditEntryIdAsActor() throws Exception {
        String code = code("ACTOR");
        HTTP.send(
                post("/api/audited/" + code, "admin", "audit-" + code).build(), HttpResponse.BodyHandlers.discarding());
        Map<String, Object> entry = rows().entry("audit-" + code);

        try (TopicReader topic = new TopicReader(TOPIC)) {
            InstitutionRegistered event =
                    await().atMost(Duration.ofSeconds(60)).until(() -> eventOf(topic, code), e -> e != null);
            assertThat(event.getMeta().getActor()).isEqualTo(entry.get("id"));
            assertThat(event.getMeta().getCorrelationId()).isEqualTo("audit-" + code);
        }
        assertThat(entry.get("subject")).isEqualTo(AuditTokens.subOf("admin"));
    }

    private List<String> codesOn(TopicReader topic) {
        return topic.poll().stream()
                .map(r -> ((InstitutionRegistered) deserializer.deserialize(TOPIC, r.value())).getInstitutionCode())
                .toList();
    }

    private InstitutionRegistered eventOf(TopicReader topic, String code) {
        return topic.poll().stream()
                .map(r -> (InstitutionRegistered) deserializer.deserialize(TOPIC, r.value()))
                .filter(e -> e.getInstitutionCode().equals(code))
                .findFirst()
                .orElse(null);
    }

    private AuditRows rows() {
        return new AuditRows(jdbc);
    }

    private HttpRequest.Builder post(String path, String account, String correlationId) {
        return TestTokens.request(URI.create("http://127.0.0.1:" + port + path), account)
                .header("X-Correlation-Id", correlationId)
                .POST(HttpRequest.BodyPublishers.noBody());
    }

    static String code(String prefix) {
        return (prefix + "-" + Long.toString(System.nanoTime(), 36)).toUpperCase();
    }
}
