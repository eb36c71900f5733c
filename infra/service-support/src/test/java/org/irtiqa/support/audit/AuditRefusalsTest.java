package org.irtiqa.support.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.support.testapp.TestApp;
import org.irtiqa.support.testapp.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Every 403 — of the security filter chain or of institution scope, a read or a write — is one
 * row per (sub, method, path template, minute) with a count; a 401 is never a row; a refused
 * write changes nothing.
 */
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"irtiqa.test.database=audit_refusals_test", "test.topic=test.audit-refusals.v1"})
@ContextConfiguration(initializers = LocalStackInitializer.class)
@DirtiesContext
class AuditRefusalsTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void refusalsOfTheFilterChainAreMergedPerPathTemplateAndMinute() throws Exception {
        String viewer = AuditTokens.subOf("viewer");
        for (String code : List.of("A", "B", "C")) {
            assertThat(send("POST", "/api/audited/" + code + System.nanoTime(), "viewer"))
                    .isEqualTo(403);
        }

        assertMerged(viewer, "POST", "/api/audited/{code}", 3);
        assertThat(count("institution", "true")).isZero();
    }

    @Test
    void refusalsOfInstitutionScopeAreMergedForReadsAndWrites() throws Exception {
        String coordinator = AuditTokens.subOf("coordinator-MTCIT");
        assertThat(send("GET", "/api/scoped/institutions/MOH", "coordinator-MTCIT"))
                .isEqualTo(403);
        assertThat(send("GET", "/api/scoped/institutions/ROP", "coordinator-MTCIT"))
                .isEqualTo(403);
        String code = AuditTrailTest.code("REFUSED");
        assertThat(send("POST", "/api/audited/" + code + "?fail=403", "admin")).isEqualTo(403);

        assertMerged(coordinator, "GET", "/api/scoped/institutions/{code}", 2);
        assertMerged(AuditTokens.subOf("admin"), "POST", "/api/audited/{code}", 1);
        assertThat(count("institution", "code = '" + code + "'"))
                .as("a refused write changes nothing")
                .isZero();
    }

    @Test
    void aRequestWithoutAValidTokenIsNeverARow() throws Exception {
        var anonymous = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/audited/ANON"))
                .header("X-Correlation-Id", "audit-anonymous")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        var forged = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/audited/ANON"))
                .header("X-Correlation-Id", "audit-anonymous")
                .header("Authorization", "Bearer not.a.token")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();

        assertThat(HTTP.send(anonymous, HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(401);
        assertThat(HTTP.send(forged, HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(401);
        assertThat(count("audit_entry", "correlation_id = 'audit-anonymous'")).isZero();
    }

    /** The rows of one (sub, method, template): one per minute the refusals fell in, counting them all. */
    private void assertMerged(String sub, String method, String template, int refusals) {
        List<Map<String, Object>> rows =
                jdbc.sql("""
                        SELECT count, status, resource_id, refused_minute, date_trunc('minute', recorded_at) AS minute
                        FROM audit_entry WHERE subject = ? AND method = ? AND path = ?""").params(sub, method, template).query().listOfRows();
        assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(2);
        assertThat(rows.stream().mapToInt(r -> (Integer) r.get("count")).sum()).isEqualTo(refusals);
        assertThat(rows).allSatisfy(row -> assertThat(row)
                .containsEntry("status", 403)
                .containsEntry("resource_id", null)
                .satisfies(r -> assertThat(r.get("refused_minute")).isEqualTo(r.get("minute"))));
    }

    private int send(String method, String path, String account) throws Exception {
        var request = TestTokens.request(URI.create("http://127.0.0.1:" + port + path), account)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private long count(String table, String where) {
        return new AuditRows(jdbc).count(table, where);
    }
}
