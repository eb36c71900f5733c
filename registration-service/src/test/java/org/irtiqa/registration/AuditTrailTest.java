package org.irtiqa.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.irtiqa.events.registration.EnrolmentWithdrawn;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.registration.system.Topics;
import org.irtiqa.testkit.Tokens;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registration's writes are in its audit trail, each with its final status and path template,
 * and the events they cause name their audit entry in {@code meta.actor} (security.md "Audit trail").
 */
class AuditTrailTest extends RegistrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aRegistrationIsAuditedAndItsEventNamesTheEntryAsActor() {
        String code = code("AUDIT");

        send("/api/institutions", institution(code), "audit-" + code)
                .expectStatus()
                .isCreated();
        send("/api/institutions", institution(code), "audit-again-" + code)
                .expectStatus()
                .isEqualTo(409);

        JsonNode created = entry("audit-" + code);
        assertThat(created.get("sub").asText()).isEqualTo(subOf(Tokens.ADMIN));
        assertThat(created.get("method").asText()).isEqualTo("POST");
        assertThat(created.get("path").asText()).isEqualTo("/api/institutions");
        assertThat(created.get("resourceId").asText()).isEqualTo(code);
        assertThat(created.get("status").asInt()).isEqualTo(201);
        assertThat(entry("audit-again-" + code).get("status").asInt()).isEqualTo(409);
        var events = TopicReader.await(Topics.INSTITUTIONS, e -> code.equals(e.key()));
        assertThat(events).hasSize(1);
        assertThat(((InstitutionRegistered) events.getFirst().value()).getMeta().getActor())
                .hasToString(created.get("id").asText());
    }

    @Test
    void aWithdrawalIsAuditedUnderItsPathTemplateWithTheEnrolmentAsResource() {
        String institution = code("AUDIT");
        String cohort = code("C");
        post("/api/institutions", institution(institution)).expectStatus().isCreated();
        post("/api/cohorts", cohort(cohort, 5)).expectStatus().isCreated();
        String participant = idOf(post(
                "/api/participants",
                participant(institution, "a" + System.nanoTime() + "@gov.om", "MIDDLE_MANAGEMENT")));
        String enrolment = idOf(post(
                "/api/enrolments",
                "{\"participantId\": \"%s\", \"cohortCode\": \"%s\"}".formatted(participant, cohort)));

        send("/api/enrolments/" + enrolment + "/withdrawal", "{\"reason\": \"moved\"}", "audit-w-" + enrolment)
                .expectStatus()
                .isOk();

        JsonNode withdrawal = entry("audit-w-" + enrolment);
        assertThat(withdrawal.get("path").asText()).isEqualTo("/api/enrolments/{id}/withdrawal");
        assertThat(withdrawal.get("resourceId").asText()).isEqualTo(enrolment);
        assertThat(withdrawal.get("status").asInt()).isEqualTo(200);
        var withdrawn = TopicReader.await(
                Topics.ENROLMENTS, e -> institution.equals(e.key()) && e.value() instanceof EnrolmentWithdrawn);
        assertThat(((EnrolmentWithdrawn) withdrawn.getFirst().value()).getMeta().getActor())
                .hasToString(withdrawal.get("id").asText());
    }

    private RestTestClient.ResponseSpec send(String path, String json, String correlationId) {
        return http().post()
                .uri(path)
                .header("X-Correlation-Id", correlationId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json)
                .exchange();
    }

    /** The programme office's entry with this correlation id, as the demo loader reads the trail. */
    private JsonNode entry(String correlationId) {
        String page = as("demo-loader")
                .get()
                .uri("/api/admin/audit?size=500&sub={sub}", subOf(Tokens.ADMIN))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        for (JsonNode item : JSON.readTree(page).get("items")) {
            if (correlationId.equals(item.get("correlationId").asText())) {
                return item;
            }
        }
        throw new AssertionError("no audit entry with correlation id " + correlationId);
    }

    private static String subOf(String account) {
        String payload = Tokens.token(account).split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                .get("sub")
                .asText();
    }
}
