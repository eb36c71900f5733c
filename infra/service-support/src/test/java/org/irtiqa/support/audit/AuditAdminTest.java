package org.irtiqa.support.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.support.testapp.TestApp;
import org.irtiqa.support.testapp.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/admin/audit}: operators and the programme office only, newest first, paged, strict parameters. */
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"irtiqa.test.database=audit_admin_test", "test.topic=test.audit-admin.v1"})
@ContextConfiguration(initializers = LocalStackInitializer.class)
@DirtiesContext
class AuditAdminTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void pagesTheTrailNewestFirstForOperatorsAndTheProgrammeOffice() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String code = AuditTrailTest.code("PAGE" + i);
            codes.add(code);
            assertThat(send("POST", "/api/audited/" + code, "admin").statusCode())
                    .isEqualTo(201);
        }
        String query = "/api/admin/audit?size=2&sub=" + encode(AuditTokens.subOf("admin")) + "&from="
                + encode(before.toString());

        JsonNode first = JSON.readTree(send("GET", query, "operator").body());
        JsonNode second =
                JSON.readTree(send("GET", query + "&page=1", "demo-loader").body());

        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(resourceIds(first)).containsExactly(codes.get(2), codes.get(1));
        assertThat(resourceIds(second)).containsExactly(codes.get(0));
        JsonNode newest = first.get("items").get(0);
        assertThat(newest.get("path").asText()).isEqualTo("/api/audited/{code}");
        assertThat(newest.get("method").asText()).isEqualTo("POST");
        assertThat(newest.get("status").asInt()).isEqualTo(201);
        assertThat(newest.get("roles").get(0).asText()).isEqualTo("PROGRAMME_ADMIN");
        assertThat(newest.get("count").asInt()).isEqualTo(1);
        assertThat(newest.has("correlationId")).isTrue();
        assertThat(Instant.parse(newest.get("time").asText())).isAfter(before);
    }

    @Test
    void isForbiddenToEveryoneElse() throws Exception {
        assertThat(send("GET", "/api/admin/audit", "viewer").statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/admin/audit", "coordinator-MTCIT").statusCode())
                .isEqualTo(403);
    }

    @Test
    void refusesBadParametersNamingEachOne() throws Exception {
        var response = send(
                "GET", "/api/admin/audit?size=0&page=-1&from=yesterday&to=2026-01-01T00:00:00&colour=red", "operator");

        assertThat(response.statusCode()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        JSON.readTree(response.body())
                .get("errors")
                .forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("colour", "from", "to", "page", "size");
        var reversed = send("GET", "/api/admin/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "operator");
        assertThat(reversed.statusCode()).isEqualTo(400);
    }

    private static List<String> resourceIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("resourceId").asText()));
        return ids;
    }

    private HttpResponse<String> send(String method, String path, String account) throws Exception {
        var request = TestTokens.request(URI.create("http://127.0.0.1:" + port + path), account)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
