package org.irtiqa.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.irtiqa.localstack.ForgedTokens;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.support.testapp.TestApp;
import org.irtiqa.support.testapp.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The resource server of security.md against the real identity provider: which tokens are
 * accepted, the 401 and 403 answers, institution scope, open probes and the security headers.
 */
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"irtiqa.test.database=security_test", "test.topic=test.security.v1"})
@ContextConfiguration(initializers = LocalStackInitializer.class)
@DirtiesContext
class SecurityTest {

    private static final String INVALID_BODY = "{\"name\": \"\"}";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void withoutATokenAnswers401WithABearerChallengeAndAProblem() throws Exception {
        var response = send(request("/api/scoped").GET(), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(
                        value -> assertThat(value).startsWith("Bearer").doesNotContain("error="));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        assertThat(response.body()).contains("/problems/unauthenticated", "\"status\":401");
    }

    @Test
    void refusesTokensThatAreMalformedForeignExpiredOrForAnotherAudience() throws Exception {
        String issuer = LocalStack.shared().identityProvider().issuerUri();
        var foreign = new ForgedTokens();
        var refused = new java.util.LinkedHashMap<String, String>();
        refused.put("malformed", "not-a-jwt");
        refused.put("signed by another key", foreign.admin(issuer));
        refused.put("of another issuer", foreign.admin("http://127.0.0.1:1/other-issuer"));
        refused.put("expired", TestTokens.token("expired-viewer"));
        refused.put("for another audience", TestTokens.token("other-audience"));
        for (var token : refused.entrySet()) {
            var response = send(
                    request("/api/samples").POST(HttpRequest.BodyPublishers.ofString(INVALID_BODY)), token.getValue());
            assertThat(response.statusCode()).as(token.getKey()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .as(token.getKey())
                    .hasValueSatisfying(value -> assertThat(value).contains("error=\"invalid_token\""));
            assertThat(response.body()).as(token.getKey()).contains("/problems/unauthenticated");
        }
    }

    @Test
    void aRoleThatDoesNotAllowTheRequestIs403BeforeTheBodyIsRead() throws Exception {
        var response = send(
                request("/api/samples").POST(HttpRequest.BodyPublishers.ofString(INVALID_BODY)),
                TestTokens.token("viewer"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("/problems/forbidden").doesNotContain("errors");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        // the admin gets as far as the body
        assertThat(send(
                                request("/api/samples").POST(HttpRequest.BodyPublishers.ofString(INVALID_BODY)),
                                TestTokens.token("admin"))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void aCoordinatorReadsOnlyTheirOwnInstitution() throws Exception {
        String own = TestTokens.token("coordinator-MTCIT");

        assertThat(send(request("/api/scoped").GET(), own).body()).contains("\"filter\":\"MTCIT\"");
        assertThat(send(request("/api/scoped?institutionCode=MTCIT").GET(), own).statusCode())
                .isEqualTo(200);
        assertThat(send(request("/api/scoped?institutionCode=MOH").GET(), own).statusCode())
                .isEqualTo(403);
        assertThat(send(request("/api/scoped/institutions/MOH").GET(), own).statusCode())
                .isEqualTo(403);
        assertThat(send(request("/api/scoped/institutions/MTCIT").GET(), own).statusCode())
                .isEqualTo(200);
        assertThat(send(request("/api/scoped/things/MOH").GET(), own).statusCode())
                .as("another institution's thing is as good as unknown")
                .isEqualTo(404);
        assertThat(send(request("/api/scoped?institutionCode=MOH").GET(), TestTokens.token("admin"))
                        .body())
                .contains("\"filter\":\"MOH\"");
    }

    @Test
    void aCoordinatorRoleWithAMalformedInstitutionClaimCountsForNothing() throws Exception {
        assertThat(send(request("/api/scoped").GET(), TestTokens.token("coordinator-bad-claim"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void anUnknownPathIs401WithoutATokenAnd404WithOne() throws Exception {
        assertThat(send(request("/api/nothing-here").GET(), null).statusCode()).isEqualTo(401);
        var known = send(request("/api/nothing-here").GET(), TestTokens.token("viewer"));
        assertThat(known.statusCode()).isEqualTo(404);
        assertThat(known.body()).contains("/problems/not-found");
    }

    @Test
    void probesAreOpenWithTheirStatusOnlyAndDetailsAreForOperators() throws Exception {
        var readiness = send(request("/actuator/health/readiness").GET(), null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(send(request("/actuator/health/liveness").GET(), null).body())
                .isEqualTo("{\"status\":\"UP\"}");

        for (String path : new String[] {"/actuator/health", "/actuator/prometheus", "/actuator/info"}) {
            assertThat(send(request(path).GET(), null).statusCode()).as(path).isEqualTo(401);
            assertThat(send(request(path).GET(), TestTokens.token("admin")).statusCode())
                    .as(path)
                    .isEqualTo(403);
            assertThat(send(request(path).GET(), TestTokens.token("operator")).statusCode())
                    .as(path)
                    .isEqualTo(200);
        }
        assertThat(send(request("/actuator/health").GET(), TestTokens.token("operator"))
                        .body())
                .contains("\"components\"");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (var response : new HttpResponse<?>[] {
            send(request("/api/scoped").GET(), null),
            send(request("/api/scoped").GET(), TestTokens.token("admin")),
            send(request("/actuator/health/readiness").GET(), null)
        }) {
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("script-src 'self' 'unsafe-inline'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(headers.firstValue("Strict-Transport-Security"))
                    .as("only over TLS")
                    .isEmpty();
            assertThat(headers.firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
